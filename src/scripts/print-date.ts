/** Dates the printed footer line ("Printed from <url> on <date>") as the page goes to print. */
onbeforeprint = () => {
	const date = document.getElementById('print-date');
	if (date) date.textContent = ` on ${new Date().toJSON().slice(0, 10)}`;
};

/** Dates the printed footer line ("Printed from <url> on <date>") as the page goes to print. */
addEventListener('beforeprint', () => {
	const date = document.getElementById('print-date');
	if (date) date.textContent = ` on ${new Date().toISOString().slice(0, 10)}`;
});

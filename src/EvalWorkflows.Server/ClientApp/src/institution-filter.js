// The institution filter of /tasks and /instances: as the user types, the field's datalist is refilled with the
// institutions whose name or credit code contains the text (GET /api/institutions?q=, one short page), so no page
// loads every institution. Without this script the field is plain text the server resolves on submit.
const field = document.querySelector('input[data-institution-filter]');
const list = field && document.getElementById(field.getAttribute('list'));
let timer;
let asked = '';

async function refill() {
  const text = field.value.trim();
  if (text.length < 2 || text === asked) return;
  asked = text;
  const response = await fetch(`/api/institutions?q=${encodeURIComponent(text)}&pageSize=10`, { headers: { Accept: 'application/json' } });
  if (!response.ok || field.value.trim() !== text) return;
  const { items } = await response.json();
  list.replaceChildren(...items.map((i) => {
    const option = document.createElement('option');
    option.value = i.creditCode;
    option.textContent = i.name;
    return option;
  }));
}

if (field && list) {
  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refill, 250);
  });
}

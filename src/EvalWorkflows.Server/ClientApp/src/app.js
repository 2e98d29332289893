// Behaviour every page shares: Bootstrap's collapsible menu and dismissible alerts, and the error
// summary taking focus so keyboard and screen-reader users hear what went wrong first.
import 'bootstrap/js/dist/collapse';
import 'bootstrap/js/dist/alert';
import 'bootstrap/js/dist/dropdown';

document.addEventListener('DOMContentLoaded', () => {
  const summary = document.querySelector('[data-error-summary]');
  if (summary) {
    inFormOrder(summary.querySelector('ul'));
    summary.focus();
  }

  // Forms that start long work disable their submit button and say so, instead of inviting a second click.
  for (const form of document.querySelectorAll('form[data-busy-text]')) {
    form.addEventListener('submit', () => {
      const button = form.querySelector('button[type=submit]');
      if (!button) return;
      button.disabled = true;
      button.textContent = form.dataset.busyText;
    });
  }
});

// The server lists a form's errors in the order its validation state keeps them, not the form's; a reader going
// down the summary should meet them as they meet the fields. Errors without a field (about the whole form) stay first.
function inFormOrder(list) {
  if (!list) return;
  const field = (item) => {
    const href = item.querySelector('a')?.getAttribute('href');
    return href ? document.getElementById(href.slice(1)) : null;
  };
  const items = [...list.children];
  const sorted = [...items].sort((a, b) => {
    const [fa, fb] = [field(a), field(b)];
    if (!fa || !fb || fa === fb) return (fa ? 1 : 0) - (fb ? 1 : 0); // equal: kept in the server's order
    return fa.compareDocumentPosition(fb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  if (sorted.some((item, i) => item !== items[i])) list.append(...sorted);
}

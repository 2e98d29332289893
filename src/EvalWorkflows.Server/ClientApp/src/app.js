// Behaviour every page shares: Bootstrap's collapsible menu and dismissible alerts, and the error
// summary taking focus so keyboard and screen-reader users hear what went wrong first.
import 'bootstrap/js/dist/collapse';
import 'bootstrap/js/dist/alert';
import 'bootstrap/js/dist/dropdown';

document.addEventListener('DOMContentLoaded', () => {
  const summary = document.querySelector('[data-error-summary]');
  if (summary) summary.focus();

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

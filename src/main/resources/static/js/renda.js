// Renda page behaviour: CSRF header for htmx requests and confirmation of destructive actions.
document.addEventListener('DOMContentLoaded', function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener('htmx:configRequest', function (e) {
      e.detail.headers[header.content] = token.content;
    });
  }
  // Pickers: a ticked choice moves into the chosen list (one for radio pickers), an unticked one leaves it.
  document.body.addEventListener('change', function (e) {
    var input = e.target;
    var picker = input.closest ? input.closest('[data-picker]') : null;
    if (!picker || !(input.type === 'checkbox' || input.type === 'radio')) {
      return;
    }
    var chosen = picker.querySelector('[data-picker-chosen]');
    var item = input.closest('[data-picker-item]');
    if (input.checked && !chosen.contains(item)) {
      chosen.querySelectorAll('[data-picker-item]').forEach(function (other) {
        var o = other.querySelector('input');
        if (input.type === 'radio' || o.value === input.value) {
          other.remove();
        }
      });
      chosen.appendChild(item);
    } else if (!input.checked && chosen.contains(item)) {
      item.remove();
    }
  });
  // Print buttons (no inline handlers: the CSP allows scripts from this site only).
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        e.preventDefault();
      }
    });
  });
});

/*
 * Wegwijs: the little JavaScript of the application shell (progressive enhancement, everything works without it).
 *
 * Menu on small screens: the header's user block and the main navigation collapse behind one "Menu" button
 * (disclosure pattern: a real <button> with aria-expanded and aria-controls). Without JavaScript the class
 * "wegwijs-js" is never set and the menu simply stays open, as a stacked list.
 */
document.documentElement.classList.add('wegwijs-js');

document.addEventListener('DOMContentLoaded', function () {
  var knop = document.querySelector('.wegwijs-menuknop');
  if (!knop) {
    return;
  }
  function zet(open) {
    document.body.classList.toggle('wegwijs-menu-open', open);
    knop.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  knop.addEventListener('click', function () {
    zet(knop.getAttribute('aria-expanded') !== 'true');
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && knop.getAttribute('aria-expanded') === 'true') {
      zet(false);
      knop.focus();
    }
  });
});

/*
 * Wegwijs: the little JavaScript of the application shell (progressive enhancement, everything works without it).
 *
 * Menu on small screens: the header's user block and the main navigation collapse behind one "Menu" button
 * (disclosure pattern: a real <button> with aria-expanded and aria-controls). Without JavaScript the class
 * "wegwijs-js" is never set and the menu simply stays open, as a stacked list.
 */
document.documentElement.classList.add('wegwijs-js');

/*
 * One disclosure: the button says with aria-expanded whether what it controls is open; a click turns it over.
 * toon(open) shows or hides the controlled part.
 */
function wegwijsDisclosure(knop, toon, open) {
  function zet(waarde) {
    knop.setAttribute('aria-expanded', waarde ? 'true' : 'false');
    toon(waarde);
  }
  zet(open);
  knop.addEventListener('click', function () {
    zet(knop.getAttribute('aria-expanded') !== 'true');
  });
  return zet;
}

document.addEventListener('DOMContentLoaded', function () {
  var knop = document.querySelector('.wegwijs-menuknop');
  if (!knop) {
    return;
  }
  var zet = wegwijsDisclosure(knop, function (open) {
    document.body.classList.toggle('wegwijs-menu-open', open);
  }, false);
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && knop.getAttribute('aria-expanded') === 'true') {
      zet(false);
      knop.focus();
    }
  });
});

/*
 * Household file on a phone: each section folds to its heading (a button with aria-expanded, the accordion
 * pattern of WAI-ARIA), so the whole file fits on a few screens and its actions are near the top. The headings
 * keep what they say (e.g. counts); on a laptop and without JavaScript every section stays open.
 */
(function () {
  var n = 0;
  function vouw(sectie) {
    var kop = sectie.querySelector(':scope > h2, :scope > * > h2');
    if (!kop || kop.querySelector('button')) {
      return;
    }
    n += 1;
    var inhoud = document.createElement('div');
    inhoud.id = 'wegwijs-sectie-' + n;
    inhoud.className = 'wegwijs-sectie__inhoud';
    var kind = kop.parentElement === sectie ? kop : kop.parentElement;
    while (kind.nextSibling) {
      inhoud.appendChild(kind.nextSibling);
    }
    sectie.appendChild(inhoud);
    var knop = document.createElement('button');
    knop.type = 'button';
    knop.className = 'wegwijs-sectie__knop';
    knop.setAttribute('aria-controls', inhoud.id);
    // the heading's text and the summary in a block of their own that wraps: the summary goes to the next line
    // rather than squeezing the heading until a word breaks (the "+" stays beside them)
    var tekst = document.createElement('span');
    tekst.className = 'wegwijs-sectie__tekst';
    var titel = document.createElement('span');
    titel.className = 'wegwijs-sectie__titel';
    while (kop.firstChild) {
      titel.appendChild(kop.firstChild);
    }
    tekst.appendChild(titel);
    var samenvatting = sectie.getAttribute('data-samenvatting');
    if (samenvatting) {
      var aantal = document.createElement('span');
      aantal.className = 'wegwijs-sectie__aantal';
      aantal.textContent = samenvatting;
      tekst.appendChild(aantal);
    }
    knop.appendChild(tekst);
    kop.appendChild(knop);
    wegwijsDisclosure(knop, function (open) {
      inhoud.hidden = !open;
    }, location.hash && inhoud.querySelector(location.hash) !== null);
  }
  function opTelefoon() {
    return window.matchMedia('(max-width: 40rem)').matches;
  }
  document.addEventListener('DOMContentLoaded', function () {
    var dossier = document.querySelector('.wegwijs-dossier');
    if (!dossier || !opTelefoon()) {
      return;
    }
    dossier.querySelectorAll(':scope > section').forEach(vouw);
  });
  // a lazy section (issue 21) folds like the others when htmx has put it in place of its placeholder
  document.addEventListener('htmx:load', function (e) {
    var sectie = e.target;
    if (opTelefoon() && sectie.tagName === 'SECTION' && sectie.parentElement
        && sectie.parentElement.classList.contains('wegwijs-dossier')) {
      vouw(sectie);
    }
  });
})();

/*
 * Worklist on a phone: the search and filter form folds behind one button (its text comes from the form's
 * data-knop), so the first household is on the first screen. Open when the page was asked with filters.
 */
document.addEventListener('DOMContentLoaded', function () {
  var filter = document.querySelector('form.wegwijs-filter[data-knop]');
  if (!filter || !filter.id || !window.matchMedia('(max-width: 40rem)').matches) {
    return;
  }
  var knop = document.createElement('button');
  knop.type = 'button';
  knop.className = 'utrecht-button utrecht-button--secondary-action wegwijs-filterknop';
  knop.textContent = filter.getAttribute('data-knop');
  knop.setAttribute('aria-controls', filter.id);
  wegwijsDisclosure(knop, function (open) {
    filter.hidden = !open;
  }, location.search.length > 1);
  filter.parentNode.insertBefore(knop, filter);
});

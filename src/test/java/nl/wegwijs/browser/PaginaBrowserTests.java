package nl.wegwijs.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import nl.wegwijs.demo.DemoData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every role passes the public checkers (issue 20, point 7): axe-core with the WCAG 2.0/2.1 A and AA
 * rules at 1280 and 320 px, no sideways scroll at 320 px (WCAG 1.4.10), and the Nu HTML Checker (vnu, in-process)
 * without errors on the HTML as the server sends it.
 *
 * <p>On the demo data set (real households with every kind of record), each demo user walks the application: from
 * the start page it follows links to the pages of {@link #PAGINAS} for its role, opening each page pattern once (the
 * first link that matches it), and checks every page it opens. When the links of the checked pages are used up
 * before every listed pattern is reached, it reads other records' pages (HTML only, not checked again: another
 * household, another letter) for a link to a missing one, so a page that only some households have (participation,
 * an assignment to end) is found without naming a household. A listed page that the walk does not reach, that does
 * not answer 200, or that redirects elsewhere fails the test, so the list cannot silently shrink;
 * {@link #everyPageMappingIsListed} keeps it complete against the controllers' GET mappings. Each role logs in
 * once and keeps one browser page; the Nu checker's schema is loaded once per JVM. Screenshots at 320 px of pages
 * with findings land in {@code target/screenshots/axe/}. How to add a page: see {@link #PAGINAS}.
 *
 * <p>axe-core is vendored in {@code src/test/resources/axe/} (see VERSION there). It is loaded as an init script of
 * the browser context, so the application's own Content-Security-Policy stays in force while it is checked.
 */
class PaginaBrowserTests extends BrowserTest {

    static final String AXE = "/axe/axe.min.js";
    /** How many pages the walk may read (not check) in search of a link to a page it has not reached yet. */
    static final int MAX_GELEZEN = 400;
    static final Pattern HREF = Pattern.compile("href=\"(/[^\"?#]*)");
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * The page patterns (controller GET mappings, exactly as written in the controller) each demo user must reach.
     * Every page is on the list of at least one role that works with it; a page whose content differs by role
     * (the start page, the household file) is on the list of each role whose view differs much.
     *
     * <p><b>Adding a page.</b> Put its mapping in the {@link #rol} line of a role that can open it on the demo data
     * (the role that works with it: a begeleider for a household page, the beheerder for /beheer). A page with a
     * fixed path is opened directly; a page with placeholders ({@code /huishoudens/{id}/route}) must be linked
     * ({@code <a href>}) from another page the role reaches, or from another record of a page it reaches (the walk
     * reads further households, letters, ... until it finds a link). If no demo record links to it, add demo data
     * (a {@code Demo*.java} in {@code nl.wegwijs.demo}) rather than leave the page out. Run
     * {@code mvn -o -B test -Dtest=PaginaBrowserTests -Dpaginas.rol=<user>} (one role, a minute or two) and fix
     * what it finds in the template or in {@code wegwijs.css}; {@code -Dpaginas.screenshots=true} keeps a 320 px
     * screenshot of every page, otherwise only of pages with findings ({@code target/screenshots/axe/}).
     * {@code -Dpaginas.ontdek=true} walks every role to every page it can reach and prints the lists. A page that
     * needs a query (a drill-down list) is listed with it: {@code "/regie/huishoudens?cijfer=pip-verlopen"}.
     */
    static final Map<String, List<String>> PAGINAS = new LinkedHashMap<>();

    static {
        rol("beheerder", "/", "/account/tweestap", "/beheer/organisaties", "/beheer/gemeenten/{id}",
                "/beheer/gemeenten/{id}/versies/{versie}/intrekken", "/beheer/contracten/{id}",
                "/beheer/contracten/{id}/overzetten", "/beheer/contracten/{id}/voorwaarden/{versie}/intrekken",
                "/beheer/uitvoerders/{id}/identificatie", "/beheer/medewerkers", "/beheer/koppelingen",
                "/beheer/koppelingen/{id}", "/beheer/verwerkingslog", "/checklist-sjablonen",
                "/contracten/{id}/checklist",
                "/zelfredzaamheid/instellingen", "/zelfredzaamheid/instellingen/{contract}", "/afsluiting/instellingen", "/socialekaart", "/socialekaart/nieuw", "/socialekaart/{id}", "/socialekaart/wachttijden");
        rol("regievoerder", "/", "/regie", "/regie/huishoudens?cijfer=pip-verlopen", "/huishoudens/{id}",
                "/huishoudens/{id}/gegevens",
                "/huishoudens/{id}/participatie/fasen/{fase}/einde",
                "/huishoudens/{id}/participatie/plaatsingen/{plaatsing}/einde", "/huishoudens/{id}/verzoeken",
                "/overleg", "/overleg/{id}", "/overleg/afspraken", "/huishoudens/{id}/overleg", "/verzoeken",
                "/verzoeken/{id}", "/verhuizing/import",
                "/tevredenheid");
        rol("budgetcoach", "/", "/ontzorgen", "/huishoudens/{id}/ontzorgen");
        rol("wijkteam", "/", "/huishoudens/{id}", "/huishoudens/{id}/noodsituatie",
                "/overdrachten", "/overdrachten/{id}", "/verwijzingen", "/verwijzingen/{id}");
        rol("beleid", "/", "/beleid");
        rol("privacy", "/", "/privacy", "/privacy/inzage", "/privacy/verwerkingslog", "/privacy/bewaren",
                "/privacy/bewaren/runs/{id}");
        rol("teamleider", "/", "/team", "/uren/team", "/contactnormen", "/huishoudens/{id}",
                "/trajecten/{id}/toewijzingen/{toewijzing}/einde", "/huishoudens/{id}/verzoeken/nieuw",
                "/huishoudens/{id}/personen/{persoon}/inzage", "/groepsbijeenkomsten/{id}/wijzigen");
        rol("begeleider", "/", "/werklijst", "/notificaties", "/toestemmingen/controle", "/huishoudens/nieuw",
                "/huishoudens/{id}", "/huishoudens/{id}/intake", "/huishoudens/{id}/intake/{persoon}",
                "/huishoudens/{id}/pip", "/huishoudens/{id}/pip/{persoon}/versies", "/huishoudens/{id}/participatie",
                "/huishoudens/{id}/checklist", "/huishoudens/{id}/checklist/items/{item}",
                "/huishoudens/{id}/contactmomenten", "/huishoudens/{id}/contactmomenten/nieuw",
                "/huishoudens/{id}/groepsbijeenkomsten", "/huishoudens/{id}/post", "/brieven/{id}",
                "/huishoudens/{id}/signalen", "/signalen", "/signalen/{id}", "/huishoudens/{id}/personen/nieuw",
                "/huishoudens/{id}/toestemmingen/nieuw", "/toestemmingen/{id}/intrekken", "/groepsbijeenkomsten",
                "/groepsbijeenkomsten/nieuw", "/groepsbijeenkomsten/{id}", "/uren",
                "/huishoudens/{id}/afsluiting", "/huishoudens/{id}/overdracht", "/huishoudens/{id}/zelfredzaamheid", "/huishoudens/{id}/zelfredzaamheid/meting", "/huishoudens/{id}/zelfredzaamheid/metingen/{meting}/correctie", "/huishoudens/{id}/tevredenheid", "/huishoudens/{id}/route", "/huishoudens/{id}/verwijzingen", "/huishoudens/{id}/verwijzingen/nieuw", "/huishoudens/{id}/onderdelen/{naam}");
        rol("vrijwilliger", "/", "/huishoudens/{id}", "/contactmomenten/{id}/wijzigen",
                "/contactmomenten/{id}/verwijderen");
    }

    static void rol(String gebruiker, String... paginas) {
        PAGINAS.put(gebruiker, List.of(paginas));
    }

    /**
     * Page mappings that no role's walk checks yet. It must be empty ({@link #everyPageMappingIsListed} fails
     * otherwise): a branch that adds a page may park it here, and the merge moves it into {@link #PAGINAS}.
     */
    static final List<String> NOG_NIET = List.of();

    /**
     * Pages that need a query their links carry (the gemeente whose sociale kaart they concern): the walk follows
     * their links with the query instead of the path alone.
     */
    /**
     * Pages checked whenever the walk reaches them, but not required: they exist only while the demo's regime version
     * and contract voorwaarden that are not yet in force are there, and tests that run earlier in the same JVM may
     * withdraw them (the order of test classes differs between machines).
     */
    static final List<String> ALS_AANWEZIG = List.of("/beheer/contracten/{id}/voorwaarden/{versie}/intrekken",
            "/beheer/gemeenten/{id}/versies/{versie}/intrekken");

    static final List<String> MET_QUERY = List.of("/socialekaart/nieuw", "/socialekaart/wachttijden");

    /** Pages without a login, checked by {@link #pagesWithoutLoginPassAxeAndTheHtmlChecker}. */
    static final List<String> ANONIEM = List.of("/login", "/login?logout", "/login?error");

    /** GET mappings that are no page of their own, each with the reason. */
    static final Map<String, String> GEEN_PAGINA = Map.ofEntries(
            Map.entry("/huishoudens/{id}/toestemmingen/formulier.pdf", "a PDF"),
            Map.entry("/huishoudens/{id}/personen/{persoon}/inzage.pdf", "a PDF"),
            Map.entry("/huishoudens/{id}/personen/{persoon}/inzage.json", "a JSON download"),
            Map.entry("/overleg/{id}/verslag.pdf", "a PDF"),
            Map.entry("/huishoudens/{id}/pip/{persoon}/pdf", "a PDF"),
            Map.entry("/huishoudens/{id}/verhuizing/export", "a JSON download"),
            Map.entry("/overdrachten/{id}/samenvatting.pdf", "a PDF"),
            Map.entry("/huishoudens/{id}/zelfredzaamheid/plan.pdf", "a PDF"),
            Map.entry("/huishoudens/{id}/route.pdf", "a PDF"),
            Map.entry("/huishoudens/{id}/dienstenlijst.pdf", "a PDF"),
            Map.entry("/huishoudens/{id}/verwijzingen/dossier",
                    "an htmx fragment (the referrals section of the file), checked inside the file of a household"),
            Map.entry("/huishoudens/{id}/toewijsbaar",
                    "an htmx fragment (the assign form's search results), checked inside the file of a household"),
            Map.entry("/login/code", "only after the password of an account with two-step verification "
                    + "(TweestapBrowserTests); the demo users have none"),
            Map.entry("/login", "checked without a login by pagesWithoutLoginPassAxeAndTheHtmlChecker"),
            Map.entry("/privacy/bewaren/runs/{id}/uitvoeren", "only for a dry run that found households past the "
                    + "retention period, and the demo data keeps none that long (BewaarBrowserTests opens it)"));

    /**
     * Pages that still fail a check, as "role pattern" (or "* pattern" for every role) with the reason. A listed
     * page that passes is reported on standard output ("BEKEND ... passes now"), to be taken off the list.
     */
    static final Map<String, String> BEKEND = Map.of();

    static SimpleDocumentValidator vnu;
    static final List<String> vnuFouten = new ArrayList<>();
    static String axe;

    @Autowired
    DemoData demo;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    int status;

    @Override
    @org.junit.jupiter.api.BeforeEach
    void openPage() {
        super.openPage();
        if (axe == null) {
            try (InputStream in = PaginaBrowserTests.class.getResourceAsStream(AXE)) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        context.addInitScript(axe);
    }

    @ParameterizedTest
    @ValueSource(strings = { "beheerder", "regievoerder", "budgetcoach", "wijkteam", "beleid", "privacy",
            "teamleider", "begeleider", "vrijwilliger" })
    void everyPageOfTheRolePassesAxeAndTheHtmlChecker(String gebruiker) {
        // -Dpaginas.rol=begeleider (or begeleider,teamleider) checks these roles only (while fixing);
        // -Dpaginas.ontdek=true walks to every page a role reaches and prints the list for PAGINAS instead of asserting
        String alleen = System.getProperty("paginas.rol");
        org.junit.jupiter.api.Assumptions.assumeTrue(alleen == null || List.of(alleen.split(",")).contains(gebruiker));
        demo.laad();
        page.navigate(url("/login"));
        page.getByLabel("Gebruikersnaam").fill(gebruiker);
        page.getByLabel("Wachtwoord").fill(DemoData.WACHTWOORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page.locator(".wegwijs-gebruiker__naam")).isVisible();

        boolean ontdek = Boolean.getBoolean("paginas.ontdek");
        Set<String> doel = ontdek ? paginaMappings() : new LinkedHashSet<>(PAGINAS.get(gebruiker));
        List<String> patronen = paginaMappings().stream()
            .sorted(Comparator.comparingLong((String p) -> p.chars().filter(c -> c == '{').count())).toList();

        Map<String, String> gevonden = new LinkedHashMap<>();
        Deque<String> rij = new ArrayDeque<>();
        Set<String> gelezen = new java.util.HashSet<>();
        List<String> teLezen = new ArrayList<>();
        for (String p : doel) {
            if (!p.contains("{") && !MET_QUERY.contains(p)) { // a page that needs its query is reached by a link
                // opened directly, with its query if it needs one
                gevonden.put(p, p);
                rij.add(p);
            }
        }
        List<String> fouten = new ArrayList<>();
        List<String> geweigerd = new ArrayList<>();
        Map<String, Boolean> bekendGezien = new LinkedHashMap<>();
        while (!rij.isEmpty()) {
            String pad = rij.poll();
            gelezen.add(pad);
            String patroon = patroon(patronen, pad.replaceFirst("\\?.*", ""));
            List<String> hier = controleer(gebruiker, pad, patroon);
            String waar = (String) page.evaluate("location.pathname");
            if (status != 200) {
                geweigerd.add(patroon + " " + status);
            }
            else if (!pad.equals("/") && !waar.equals(pad.replaceFirst("\\?.*", ""))) {
                geweigerd.add(patroon + " redirected to " + waar);
            }
            String bekend = bekend(gebruiker, patroon);
            if (bekend != null) {
                bekendGezien.merge(bekend, !hier.isEmpty(), Boolean::logicalOr);
            }
            else {
                fouten.addAll(hier);
                hier.forEach(f -> System.out.println("FOUT " + f));
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) page.evaluate("""
                    metQuery => Array.from(document.querySelectorAll('a[href]'))
                        .filter(a => a.origin === location.origin)
                        .map(a => metQuery.includes(a.pathname) ? a.pathname + a.search : a.pathname)""", MET_QUERY);
            volg(links, patronen, doel, gevonden, rij, gelezen, teLezen);
            // a page only some records link to (the participation of a household that has one): when the links of
            // the checked pages are used up, other records are read (their HTML only, not checked) for a link to it
            while (rij.isEmpty() && !gevonden.keySet().containsAll(doel) && !teLezen.isEmpty()
                    && gelezen.size() < MAX_GELEZEN) {
                String lees = volgendeTeLezen(teLezen, patronen, doel, gevonden.keySet());
                com.microsoft.playwright.APIResponse r = page.request().get(url(lees));
                if (r.status() == 200 && String.valueOf(r.headers().get("content-type")).startsWith("text/html")) {
                    List<String> hrefs = new ArrayList<>();
                    java.util.regex.Matcher m = HREF.matcher(r.text());
                    while (m.find()) {
                        hrefs.add(m.group(1));
                    }
                    volg(hrefs, patronen, doel, gevonden, rij, gelezen, teLezen);
                }
            }
        }
        // the error page, for a page that does not exist and for a household that does not exist
        fouten.addAll(controleer(gebruiker, "/bestaat-niet", "fout"));
        fouten.addAll(controleer(gebruiker, "/huishoudens/00000000-0000-0000-0000-000000000000", "fout"));

        if (ontdek) {
            System.out.println("PAGINAS " + gebruiker + ": " + gevonden.keySet().stream()
                .map(p -> '"' + p + '"').collect(Collectors.joining(", ")));
            System.out.println("GEWEIGERD " + gebruiker + ": " + geweigerd);
            return;
        }
        assertThat(geweigerd).as("listed pages of %s that do not answer 200", gebruiker).isEmpty();
        Set<String> nietBereikt = new TreeSet<>(doel);
        nietBereikt.removeAll(gevonden.keySet());
        nietBereikt.removeAll(ALS_AANWEZIG);
        assertThat(nietBereikt).as("pages of %s that no link reached", gebruiker).isEmpty();
        bekendGezien.forEach((sleutel, faalt) -> {
            if (!faalt) {
                System.out.println("BEKEND " + sleutel + " passes now: remove it from the list");
            }
        });
        assertThat(fouten).as("axe, reflow and HTML checker findings for %s", gebruiker).isEmpty();
    }

    @Test
    void pagesWithoutLoginPassAxeAndTheHtmlChecker() {
        List<String> fouten = new ArrayList<>();
        for (String pad : ANONIEM) {
            fouten.addAll(controleer("anoniem", pad, pad));
        }
        fouten.addAll(controleer("anoniem", "/bestaat-niet", "fout"));
        assertThat(fouten).isEmpty();
    }

    /** Every GET page mapping of the web controllers is checked for at least one role, or excluded with a reason. */
    @Test
    void everyPageMappingIsListed() {
        Set<String> gedekt = new TreeSet<>();
        PAGINAS.values().forEach(l -> l.forEach(p -> gedekt.add(p.replaceFirst("\\?.*", ""))));
        gedekt.addAll(GEEN_PAGINA.keySet());
        gedekt.addAll(NOG_NIET);
        Set<String> ontbreekt = new TreeSet<>(paginaMappings());
        ontbreekt.removeAll(gedekt);
        assertThat(ontbreekt).as("GET mappings neither in PAGINAS, GEEN_PAGINA nor NOG_NIET").isEmpty();
        assertThat(NOG_NIET).as("pages waiting in NOG_NIET: move each into PAGINAS (see its Javadoc)").isEmpty();
        Set<String> verouderd = new TreeSet<>(gedekt);
        verouderd.removeAll(paginaMappings());
        verouderd.removeAll(GEEN_PAGINA.keySet());
        verouderd.removeAll(NOG_NIET);
        Set<String> onbekend = new TreeSet<>(GEEN_PAGINA.keySet());
        onbekend.addAll(NOG_NIET);
        onbekend.removeAll(alleMappings());
        verouderd.addAll(onbekend);
        assertThat(verouderd).as("listed pages that no controller maps").isEmpty();
    }

    /** The GET mappings of the application's web controllers (not the API), less GEEN_PAGINA. */
    Set<String> paginaMappings() {
        Set<String> alle = new TreeSet<>(alleMappings());
        alle.removeAll(GEEN_PAGINA.keySet());
        return alle;
    }

    /** Every GET mapping of the application's web controllers (not the API). */
    Set<String> alleMappings() {
        Set<String> alle = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> e
                : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            Set<RequestMethod> methoden = info.getMethodsCondition().getMethods();
            boolean get = methoden.isEmpty() || methoden.contains(RequestMethod.GET);
            if (!get || !e.getValue().getBeanType().getPackageName().startsWith("nl.wegwijs")) {
                continue;
            }
            for (String p : info.getPatternValues()) {
                if (!p.startsWith("/api") && !p.equals("/error")) {
                    alle.add(p);
                }
            }
        }
        return alle;
    }

    /**
     * The walk's next step on the links of a page: a link to a page pattern it still has to reach is queued for the
     * check; any other link to a page (another household, another letter) is kept to be read if the checked pages'
     * links run out before every pattern is reached.
     */
    static void volg(List<String> links, List<String> patronen, Set<String> doel, Map<String, String> gevonden,
            Deque<String> rij, Set<String> gelezen, List<String> teLezen) {
        for (String link : links) {
            String p = patroon(patronen, link.replaceFirst("\\?.*", ""));
            if (p == null) {
                continue;
            }
            if (doel.contains(p) && !gevonden.containsKey(p)) {
                gevonden.put(p, link);
                rij.add(link);
                gelezen.add(link);
            }
            else if (gelezen.add(link)) {
                teLezen.add(link);
            }
        }
    }

    /**
     * The page to read next: first one whose pattern begins a pattern not reached yet (a household's file before
     * its participation page), else the oldest kept.
     */
    static String volgendeTeLezen(List<String> teLezen, List<String> patronen, Set<String> doel, Set<String> bereikt) {
        List<String> open = doel.stream().filter(d -> !bereikt.contains(d)).toList();
        for (int i = 0; i < teLezen.size(); i++) {
            String p = patroon(patronen, teLezen.get(i));
            if (open.stream().anyMatch(o -> o.startsWith(p + "/"))) {
                return teLezen.remove(i);
            }
        }
        return teLezen.remove(0);
    }

    /** The most specific pattern that matches the path (literal segments win over placeholders), or null. */
    static String patroon(List<String> patronen, String pad) {
        for (String p : patronen) {
            if (Pattern.matches(Pattern.quote(p).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"), pad)) {
                return p;
            }
        }
        return null;
    }

    static String bekend(String gebruiker, String patroon) {
        if (BEKEND.containsKey(gebruiker + " " + patroon)) {
            return gebruiker + " " + patroon;
        }
        return BEKEND.containsKey("* " + patroon) ? "* " + patroon : null;
    }

    /** Opens the page at 1280 and at 320 px; returns what axe, the reflow check and the HTML checker found. */
    List<String> controleer(String gebruiker, String pad, String patroon) {
        List<String> fouten = new ArrayList<>();
        String waar = pad + " (" + gebruiker + ", ";
        page.setViewportSize(1280, 900);
        Response antwoord = page.navigate(url(pad));
        status = antwoord.status();
        String html = antwoord.text();
        fouten.addAll(axe().stream().map(v -> v + " on " + waar + "1280 px)").toList());
        fouten.addAll(htmlFouten(html).stream().map(v -> "html: " + v + " on " + waar + "served)").toList());

        page.setViewportSize(320, 800);
        page.reload();
        // as a person taps every folded heading of the household file (wegwijs.js), in one script
        page.waitForLoadState();
        page.evaluate("document.querySelectorAll('.wegwijs-sectie__knop[aria-expanded=false]')"
                + ".forEach(k => k.click())");
        fouten.addAll(axe().stream().map(v -> v + " on " + waar + "320 px)").toList());
        Number breed = (Number) page.evaluate("document.documentElement.scrollWidth");
        Number venster = (Number) page.evaluate("window.innerWidth");
        if (breed.intValue() > venster.intValue()) {
            fouten.add("reflow: " + breed + " px wide in a " + venster + " px window on " + waar + "320 px)");
        }
        if (fouten.isEmpty() && !Boolean.getBoolean("paginas.screenshots")) {
            return fouten;
        }
        try {
            Files.createDirectories(SCREENSHOTS.resolve("axe"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        screenshot("axe/" + gebruiker + pad.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "") + ".png");
        return fouten;
    }

    /** axe-core's WCAG 2.0/2.1 A and AA violations on the page as it is now: "rule target — help". */
    @SuppressWarnings("unchecked")
    List<String> axe() {
        return (List<String>) page.evaluate("""
                async (tags) => {
                  const r = await axe.run(document, { runOnly: { type: 'tag', values: tags },
                                                      resultTypes: ['violations'] });
                  return r.violations.flatMap(v => v.nodes.map(n =>
                      'axe ' + v.id + ' ' + JSON.stringify(n.target) + ' (' + v.help + ')'));
                }""", WCAG);
    }

    /** The Nu HTML Checker's errors (not warnings) on the served HTML; its schema is set up once per test JVM. */
    static synchronized List<String> htmlFouten(String html) {
        try {
            if (vnu == null) {
                ErrorHandler melder = new ErrorHandler() {
                    @Override
                    public void warning(SAXParseException e) {
                    }

                    @Override
                    public void error(SAXParseException e) {
                        vnuFouten.add("line " + e.getLineNumber() + ": " + e.getMessage());
                    }

                    @Override
                    public void fatalError(SAXParseException e) {
                        vnuFouten.add("line " + e.getLineNumber() + ": " + e.getMessage());
                    }
                };
                SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, true);
                v.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, melder);
                v.setUpValidatorAndParsers(melder, true, false);
                vnu = v;
            }
            vnuFouten.clear();
            InputSource bron = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            bron.setEncoding("UTF-8");
            vnu.checkHtmlInputSource(bron);
            return List.copyOf(vnuFouten);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

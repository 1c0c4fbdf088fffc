package nl.wegwijs.generator;

import java.util.List;
import java.util.Set;

/**
 * Word lists for what is not personal data of statushouders: staff names, synthetic gemeente names built from
 * Dutch-sounding parts, streets, asylum centres, reasons for an extension.
 */
final class Namen {

    private static final List<String> VOORNAMEN = List.of("Anouk", "Bart", "Carolien", "Daan", "Eline", "Femke",
            "Gijs", "Hanneke", "Ilse", "Jeroen", "Karin", "Lars", "Marloes", "Niels", "Olga", "Pieter", "Quinten",
            "Roos", "Sander", "Tessa", "Ugur", "Vera", "Wouter", "Yara", "Zoë", "Bram", "Charlotte", "Dirk", "Esther",
            "Frank", "Gerda", "Hamid", "Iris", "Joost", "Kim", "Leonie", "Mohamed", "Naima", "Ruben", "Sanne",
            "Thijs", "Inge", "Mehmet", "Priya", "Rik", "Sevda");
    private static final List<String> ACHTERNAMEN = List.of("de Vries", "Jansen", "van den Berg", "Bakker",
            "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
            "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok",
            "Jacobs", "de Haan", "Vermeulen", "van Dijk", "Schouten", "van der Heijden", "Postma", "Hoekstra",
            "Kuipers", "Wouters", "Verbeek", "Kramer", "Veenstra", "El Amrani", "Yilmaz", "Tahiri", "Pattiwael");

    private static final List<String> STAMMEN = List.of("Aar", "Berk", "Bos", "Brak", "Dal", "Eem", "Elst",
            "Gelder", "Haar", "Heem", "Hol", "Kamp", "Lin", "Mol", "Noord", "Ooster", "Ravens", "Ros", "Stein",
            "Vlier", "Wester", "Zand", "Zuider", "Beek", "Lede", "Emmer", "Bruin", "Wijn", "Dorn", "Sloter",
            "Grave", "Hoog", "Laar", "Mark", "Ellen", "Gaast", "Helder", "Ketel", "Loos", "Mid");
    private static final List<String> ACHTERVOEGSELS = List.of("dam", "veen", "horst", "wijk", "dorp", "hoven",
            "zande", "lo", "meer", "haven", "broek", "kerk", "berg", "wolde", "hout", "sum", "ingen", "rade",
            "recht", "schot");
    private static final List<String> VOORVOEGSELS = List.of("Nieuw-", "Oud-", "Sint-", "Groot-", "West-");

    static final List<String> STRATEN = List.of("Kerkstraat", "Molenweg", "Dorpsstraat", "Julianalaan",
            "Beatrixstraat", "Lindenlaan", "Stationsweg", "Schoolstraat", "Eikenlaan", "Parallelweg", "Nieuwstraat",
            "Wilhelminastraat", "Kastanjelaan", "Sportlaan", "Rozenstraat", "Beukenlaan", "Industrieweg",
            "Tulpstraat", "Hoofdstraat", "Vondelstraat", "Spoorstraat", "Merelstraat", "Prinses Irenestraat",
            "Van Goghstraat", "Populierenlaan", "Zuiderweg", "Havenkade", "Marktstraat", "Esdoornlaan",
            "Burgemeester de Withstraat");
    static final List<String> AZC = List.of("azc Ter Apel", "azc Budel", "azc Zwolle", "azc Cadier en Keer",
            "azc Gilze", "azc Dronten", "azc Heerlen", "azc Musselkanaal", "azc Oisterwijk", "azc Den Helder",
            "azc Leersum", "azc Arnhem", "azc Assen", "azc Delfzijl", "azc Emmen", "azc Amersfoort", "azc Grave",
            "azc Wageningen", "noodopvang Utrecht Jaarbeurs", "azc Zweeloo");
    static final List<String> VERLENGING_REDENEN = List.of("Inburgering loopt vertraging op",
            "Gezinshereniging: nareizigers net aangekomen", "Schulden in beeld, eerst stabiliseren",
            "Psychische klachten, overdracht naar GGZ loopt", "Wachten op passende woning na verhuizing",
            "Wijkteam heeft wachtlijst, warme overdracht later");
    static final List<String> EINDE_TOELICHTINGEN = List.of("Zelfredzaam op alle leefgebieden",
            "Verhuisd naar een andere gemeente", "Wil geen begeleiding meer", "Overgedragen aan het sociaal wijkteam",
            "Geen recht op maatschappelijke begeleiding (gezinsmigrant)");

    private Namen() {
    }

    static String medewerker(Willekeur w) {
        return w.kies(VOORNAMEN) + " " + w.kies(ACHTERNAMEN);
    }

    /** A gemeente name not in {@code bezet} (which it is added to). */
    static String gemeente(Willekeur w, Set<String> bezet) {
        while (true) {
            String stam = w.kies(STAMMEN);
            String naam = stam + w.kies(ACHTERVOEGSELS);
            if (w.kans(0.08)) {
                naam = w.kies(VOORVOEGSELS) + naam;
            }
            if (bezet.add(naam)) {
                return naam;
            }
        }
    }
}

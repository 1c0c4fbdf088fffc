package nl.wegwijs.generator;

import nl.wegwijs.generator.CopyTabellen.Tabel;

/**
 * The tables the generator fills with their columns, registered parents first so a flush keeps foreign keys intact.
 * Columns with a default that every new row gets ({@code versie} 0, {@code actief}) are left out.
 */
final class Tabellen {

    final CopyTabellen copy;
    final Tabel gemeente;
    final Tabel gemeenteRegime;
    final Tabel taakstelling;
    final Tabel uitvoerder;
    final Tabel team;
    final Tabel contract;
    final Tabel contractVoorwaarden;
    final Tabel medewerker;
    final Tabel medewerkerTeam;
    final Tabel huishouden;
    final Tabel persoon;
    final Tabel traject;
    final Tabel trajectContract;
    final Tabel trajectFase;
    final Tabel trajectStatus;
    final Tabel toewijzing;
    final Tabel verlenging;
    final Tabel trajectPersoonFeit;
    final Tabel werklijstRegel;
    final Tabel regieHuishouden;
    final Tabel regiePersoon;
    final Tabel verwerking;
    final Tabel contactmoment;
    final Tabel contactmomentMedewerker;
    final Tabel checklistHuishouden;
    final Tabel checklistItem;
    final Tabel brief;
    final Tabel signaal;
    final Tabel actiepunt;
    final Tabel signaalBericht;

    Tabellen(CopyTabellen copy) {
        this.copy = copy;
        gemeente = copy.tabel("gemeente", "id, naam, cbs_code");
        gemeenteRegime = copy.tabel("gemeente_regime",
                "id, gemeente_id, geldig_vanaf, pip_weken, ontzorgen_maanden, inburgeringstermijn_maanden");
        taakstelling = copy.tabel("taakstelling", "gemeente_id, jaar, halfjaar, aantal");
        uitvoerder = copy.tabel("uitvoerder", "id, naam, gemeente_id");
        team = copy.tabel("team", "id, uitvoerder_id, naam");
        contract = copy.tabel("contract", "id, gemeente_id, uitvoerder_id, peildatum, ingang, einde");
        contractVoorwaarden = copy.tabel("contract_voorwaarden", """
                id, contract_id, geldig_vanaf, begeleiding_maanden, tel_vanaf, starttrigger, start_na_weken, \
                verlenging_max_maanden, verlenging_voorwaarde, verlenging_besluit_door, afsluiting_voorloop_weken, \
                fasen""");
        medewerker = copy.tabel("medewerker",
                "id, gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_id, uitvoerder_id, fte");
        medewerkerTeam = copy.tabel("medewerker_team", "medewerker_id, team_id");
        huishouden = copy.tabel("huishouden", """
                id, gemeente_id, straat, huisnummer, postcode, woonplaats, koppeling_datum, huisvesting_datum, \
                regeldag, verhuis_datum, herkomst_locatie, zoeknaam, aangemaakt_op, versie""");
        persoon = copy.tabel("persoon", """
                id, huishouden_id, rol, voornaam, achternaam, geboortedatum, geslacht, land_van_herkomst, talen, \
                tolk_nodig, tolk_taal, geletterdheid, v_nummer, bsn, vergunning_datum, brp_datum, status, volgorde""");
        traject = copy.tabel("traject", """
                id, huishouden_id, contract_id, gemeente_id, uitvoerder_id, team_id, status, aangemeld_op, \
                aangemeld_door, praktische_start, fase_code, fase_start, einde_datum, einde_reden, einde_toelichting, \
                versie""");
        trajectContract = copy.tabel("traject_contract", "traject_id, contract_id, vanaf, tot");
        trajectFase = copy.tabel("traject_fase", "traject_id, fase_code, vanaf, tot");
        trajectStatus = copy.tabel("traject_status", "traject_id, status, per, medewerker_id, vastgelegd_op");
        toewijzing = copy.tabel("toewijzing", "id, traject_id, medewerker_id, rol, vanaf, tot");
        verlenging = copy.tabel("verlenging", "id, traject_id, maanden, besluit_op, besloten_door, reden");
        trajectPersoonFeit = copy.tabel("traject_persoon_feit", """
                traject_id, persoon_id, pip_vastgesteld_op, pip_vastgelegd_door, inburgering_afgerond_op, \
                inburgering_afronding, inburgering_vastgelegd_door, gewijzigd_op""");
        werklijstRegel = copy.tabel("werklijst_regel", """
                traject_id, huishouden_id, gemeente_id, uitvoerder_id, team_id, status, fase_code, fase_naam, naam, \
                zoeknaam, aantal_personen, medewerkers, medewerker_namen, open_termijnen, eerstvolgende_termijn, \
                eerstvolgende_soort, laatste_contact, volgende_contact, contact_uiterlijk, checklist_open, \
                checklist_vroegste, post_open, post_vroegste, signalen_open, signaal_urgent, signaal_vroegste""");
        regieHuishouden = copy.tabel("regie_huishouden", """
                traject_id, huishouden_id, gemeente_id, uitvoerder_id, status, fase_code, fase_naam, fase1_voorbij, \
                naam, aangemeld_op, signalen_open""");
        regiePersoon = copy.tabel("regie_persoon", """
                persoon_id, traject_id, huishouden_id, gemeente_id, uitvoerder_id, inburgeringsplichtig, open, \
                fase1_voorbij, inburgering_klaar, brp_datum, pip_uiterlijk, pip_op""");
        contactmoment = copy.tabel("contactmoment", """
                id, huishouden_id, datum, minuten, soort, personen, tolk, tolk_taal, themas, afspraken, \
                volgend_contact, vastgelegd_door, vastgelegd_op""");
        contactmomentMedewerker = copy.tabel("contactmoment_medewerker",
                "contactmoment_id, medewerker_id, huishouden_id, datum, minuten");
        checklistHuishouden = copy.tabel("checklist_huishouden",
                "huishouden_id, contract_id, traject_start, actief, volgende_synchronisatie, bijgewerkt_op");
        checklistItem = copy.tabel("checklist_item", """
                id, huishouden_id, persoon_id, sjabloon_item_id, code, jaar, status, wie_deed_het, datum, deadline, \
                reden_nvt, notitie, notitie_door, vastgelegd_door, vastgelegd_op, aangemaakt_op, versie""");
        brief = copy.tabel("brief", """
                id, huishouden_id, persoon_id, afzender, afzender_naam, ontvangen_op, onderwerp, actie, deadline, \
                status, afgehandeld_door, afgehandeld_op, notitie, vastgelegd_door, vastgelegd_op, gewijzigd_door, \
                gewijzigd_op, versie""");
        signaal = copy.tabel("signaal", """
                id, huishouden_id, huishouden_naam, persoon_id, categorie, urgentie, omschrijving, richting, aan, \
                aan_medewerker_id, aan_medewerker_naam, gemeld_door, gemeld_door_naam, gemeld_op, vastgelegd_op, \
                status, afgesloten_op, afgesloten_door, afsluitnotitie, versie""");
        actiepunt = copy.tabel("actiepunt", """
                id, signaal_id, omschrijving, eigenaar, partner_naam, eigenaar_medewerker_id, \
                eigenaar_medewerker_naam, streefdatum, gedaan_op, vastgelegd_door, vastgelegd_op, versie""");
        signaalBericht = copy.tabel("signaal_bericht", """
                id, signaal_id, volgnummer, soort, tekst, auteur_id, auteur_naam, auteur_rol, geschreven_op""");
        verwerking = copy.tabel("verwerking", """
                id, tijdstip, medewerker_id, organisatie_id, actie, doel, betrokkene_id, huishouden_id, record_soort, \
                record_id""");
    }
}

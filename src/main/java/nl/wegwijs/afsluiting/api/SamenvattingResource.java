package nl.wegwijs.afsluiting.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.afsluiting.Samenvatting;

/**
 * The handover summary generated from recorded data, as the API shows it (the persons' ids it is about are left out:
 * the household is named by the handover).
 */
@Schema(description = "De samenvatting voor de warme overdracht, gemaakt uit de vastgelegde gegevens")
record SamenvattingResource(
        @Schema(description = "wanneer de samenvatting is gemaakt", example = "2026-11-20") LocalDate opgesteldOp,
        @Schema(description = "naam van het huishouden", example = "Haddad, Samira") String huishouden,
        @Schema(description = "adres", example = "Laan van Meerdervoort 12, 2517 AB Den Haag") String adres,
        @Schema(description = "de uitvoerder die begeleidde", example = "VluchtelingenWerk") String uitvoerder,
        @Schema(description = "begeleid vanaf", example = "2025-12-01", nullable = true)
        @Nullable LocalDate begeleidVanaf,
        @Schema(description = "gepland einde van de begeleiding", example = "2026-12-01", nullable = true)
        @Nullable LocalDate geplandEinde,
        @Schema(description = "de laatste meting van zelfredzaamheid (alleen als die gedeeld mag worden)",
                nullable = true)
        @Nullable SamenvattingMetingResource meting,
        @Schema(description = "situatie per leefgebied aan het einde, per persoon") List<SamenvattingNiveauResource> leefgebieden,
        @Schema(description = "open punten van de checklist") List<SamenvattingRegelResource> checklist,
        @Schema(description = "open brieven") List<SamenvattingRegelResource> brieven,
        @Schema(description = "open signalen") List<SamenvattingRegelResource> signalen,
        @Schema(description = "lopende verwijzingen") List<SamenvattingRegelResource> verwijzingen,
        @Schema(description = "open doelen uit het PIP") List<SamenvattingRegelResource> pipDoelen,
        @Schema(description = "contactpersonen") List<SamenvattingContactResource> contacten,
        @Schema(description = "talen en tolk per persoon") List<SamenvattingTaalResource> talen) {

    static SamenvattingResource from(Samenvatting s) {
        Samenvatting.Meting m = s.meting();
        return new SamenvattingResource(s.opgesteldOp(), s.huishouden(), s.adres(), s.uitvoerder(),
                s.begeleidVanaf(), s.geplandEinde(),
                m == null ? null : new SamenvattingMetingResource(m.gemetenOp(), m.instrument(),
                        m.zelfredzaamGenoeg(), m.tekortOp()),
                s.leefgebieden().stream().map(n -> new SamenvattingNiveauResource(n.persoon(), n.domein(),
                        n.niveau(), n.niveauNaam(), n.schaalMax(), n.nietVanToepassing())).toList(),
                regels(s.checklist()), regels(s.brieven()), regels(s.signalen()), regels(s.verwijzingen()),
                regels(s.pipDoelen()),
                s.contacten().stream().map(c -> new SamenvattingContactResource(c.naam(), c.rol(), c.organisatie()))
                    .toList(),
                s.talen().stream().map(t -> new SamenvattingTaalResource(t.persoon(), t.talen(), t.tolkNodig(),
                        t.tolkTaal())).toList());
    }

    static List<SamenvattingRegelResource> regels(List<Samenvatting.Regel> regels) {
        return regels.stream().map(r -> new SamenvattingRegelResource(r.tekst(), r.detail(), r.datum())).toList();
    }

    @Schema(description = "De laatste meting van zelfredzaamheid en de regel van het contract")
    record SamenvattingMetingResource(
            @Schema(description = "gemeten op", example = "2026-11-02") LocalDate gemetenOp,
            @Schema(description = "het instrument", example = "Meetinstrument zelfredzaamheid (7 domeinen)")
            String instrument,
            @Schema(description = "zelfredzaam genoeg volgens de regel van het contract", example = "false")
            boolean zelfredzaamGenoeg,
            @Schema(description = "waarop nog niet genoeg", example = "[\"Financiën\"]") List<String> tekortOp) {
    }

    @Schema(description = "Het niveau van één persoon op één leefgebied aan het einde")
    record SamenvattingNiveauResource(
            @Schema(description = "persoon", example = "Samira Haddad") String persoon,
            @Schema(description = "leefgebied", example = "Financiën") String domein,
            @Schema(description = "niveau; leeg als niet gemeten", example = "3", nullable = true)
            @Nullable Integer niveau,
            @Schema(description = "naam van het niveau", example = "voldoende", nullable = true)
            @Nullable String niveauNaam,
            @Schema(description = "hoogste niveau van de schaal", example = "5") int schaalMax,
            @Schema(description = "niet van toepassing", example = "false") boolean nietVanToepassing) {
    }

    @Schema(description = "Eén open punt: wat, een toelichting en de datum")
    record SamenvattingRegelResource(
            @Schema(description = "wat", example = "Zorgtoeslag aanvragen") String tekst,
            @Schema(description = "toelichting (stand, van wie, soort)", example = "open", nullable = true)
            @Nullable String detail,
            @Schema(description = "datum (uiterlijk of sinds)", example = "2026-12-15", nullable = true)
            @Nullable LocalDate datum) {
    }

    @Schema(description = "Een contactpersoon")
    record SamenvattingContactResource(
            @Schema(description = "naam", example = "Kofi Mensah") String naam,
            @Schema(description = "rol", example = "begeleider") String rol,
            @Schema(description = "organisatie", example = "VluchtelingenWerk") String organisatie) {
    }

    @Schema(description = "Talen en tolk van één persoon")
    record SamenvattingTaalResource(
            @Schema(description = "persoon", example = "Samira Haddad") String persoon,
            @Schema(description = "talen", example = "[\"Arabisch\", \"Engels\"]") List<String> talen,
            @Schema(description = "tolk nodig", example = "true") boolean tolkNodig,
            @Schema(description = "taal van de tolk", example = "Arabisch", nullable = true) @Nullable String tolkTaal) {
    }
}

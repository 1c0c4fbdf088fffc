package nl.wegwijs.zelfredzaamheid.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.zelfredzaamheid.Domein;
import nl.wegwijs.zelfredzaamheid.Instelling;
import nl.wegwijs.zelfredzaamheid.Instrument;
import nl.wegwijs.zelfredzaamheid.ZelfredzaamheidService;
import nl.wegwijs.zelfredzaamheid.api.InstrumentResources.InstrumentPagina;
import nl.wegwijs.zelfredzaamheid.api.InstrumentResources.InstrumentResource;
import nl.wegwijs.zelfredzaamheid.api.ZelfredzaamheidInstellingResources.ZelfredzaamheidInstellingPagina;
import nl.wegwijs.zelfredzaamheid.api.ZelfredzaamheidInstellingResources.ZelfredzaamheidInstellingRequest;
import nl.wegwijs.zelfredzaamheid.api.ZelfredzaamheidInstellingResources.ZelfredzaamheidInstellingResource;

/**
 * The instruments (configuration, readable by every medewerker) and, per contract, which instrument, domains,
 * measurement moments and "zelfredzaam genoeg?" rule apply: read and written by the beheerder (every contract) and
 * the regievoerder (their gemeente's), as on the settings page; other roles 403, another gemeente's contract 404.
 */
@RestController
@RequestMapping("/api/v1/zelfredzaamheid")
@Tag(name = "Zelfredzaamheid")
class ZelfredzaamheidInstellingApiController {

    static final String INSTELLEN = "Alleen voor de beheerder (elk contract) en de regievoerder (de contracten van "
            + "de eigen gemeente); een andere rol krijgt 403, een contract van een andere gemeente 404. Geen "
            + "persoonsgegevens. ";

    private final ZelfredzaamheidService zelf;

    ZelfredzaamheidInstellingApiController(ZelfredzaamheidService zelf) {
        this.zelf = zelf;
    }

    @GetMapping("/instrumenten")
    @Operation(operationId = "zelfredzaamheidInstrumenten", summary = "De meetinstrumenten, per pagina",
            description = "De instrumenten in hun vaste volgorde, elk met domeinen, onderdelen (met subdoel en "
                    + "indicatoren) en schaal; de ids van domeinen en onderdelen zijn de itemIds van de scores van een "
                    + "meting. Configuratie zonder persoonsgegevens: voor elke medewerker. Keyset; geen filters of "
                    + "sortering. Het veld volgende is de volledige URL van de volgende pagina, of null op de laatste "
                    + "pagina. Een onbekende parameter of een aantal buiten 1 tot en met 100 geeft 400.")
    InstrumentPagina instrumenten(
            @Parameter(description = "Het id van het laatste instrument van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "7a0b0000-0000-4000-8000-000000000001")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel instrumenten per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        Keyset<Instrument> pagina = Keyset.van(zelf.instrumenten(), Instrument::id, na, aantal);
        return new InstrumentPagina(pagina.items().stream().map(InstrumentResource::van).toList(), pagina.volgende());
    }

    @GetMapping("/instrumenten/{instrument}")
    @Operation(operationId = "zelfredzaamheidInstrument", summary = "Eén meetinstrument met domeinen, onderdelen en "
            + "schaal", description = "Configuratie zonder persoonsgegevens: voor elke medewerker. Een onbekend id "
                    + "geeft 404.")
    InstrumentResource instrument(
            @Parameter(description = "id van het instrument", example = "7a0b0000-0000-4000-8000-000000000001")
            @PathVariable UUID instrument) {
        return zelf.instrument(instrument).map(InstrumentResource::van).orElseThrow(NietGevonden::new);
    }

    @GetMapping("/instellingen")
    @Operation(operationId = "zelfredzaamheidInstellingen", summary = "De keuzes voor zelfredzaamheid per contract, "
            + "per pagina", description = "Per contract dat u mag instellen: instrument, domeinen, meetmomenten en de "
                    + "regel ‘zelfredzaam genoeg?’ (standaard true: het contract heeft nog geen eigen keuze). "
                    + INSTELLEN + "Keyset; geen filters of sortering. Het veld volgende is de volledige URL van de "
                    + "volgende pagina, of null op de laatste pagina. Een onbekende parameter of een aantal buiten 1 "
                    + "tot en met 100 geeft 400.")
    ZelfredzaamheidInstellingPagina instellingen(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "Het id van het laatste contract van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel contracten per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        Keyset<Contract> pagina = Keyset.van(zelf.contracten(ik), Contract::id, na, aantal);
        return new ZelfredzaamheidInstellingPagina(pagina.items().stream()
            .map(c -> resource(c, zelf.instelling(ik, c.id()))).toList(), pagina.volgende());
    }

    @GetMapping("/instellingen/{contract}")
    @Operation(operationId = "zelfredzaamheidInstelling", summary = "De keuzes voor zelfredzaamheid van één contract",
            description = "Instrument, domeinen, meetmomenten en de regel ‘zelfredzaam genoeg?’; zonder eigen keuze "
                    + "de standaard (standaard true, versie 0). " + INSTELLEN)
    ZelfredzaamheidInstellingResource instelling(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het contract", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e")
            @PathVariable UUID contract) {
        return resource(contract(ik, contract), zelf.instelling(ik, contract));
    }

    @PutMapping("/instellingen/{contract}")
    @Operation(operationId = "zelfredzaamheidInstellingBewaren", summary = "De keuzes voor zelfredzaamheid van een "
            + "contract vastleggen", description = "Vervangt de keuzes; geef de versie mee die u het laatst las (0 "
                    + "zolang de standaard geldt). Is die verouderd, dan 409 en wordt er niets opgeslagen. Domeinen "
                    + "leeg of weggelaten: alle domeinen van het instrument. " + INSTELLEN + "422: een onbekend "
                    + "instrument, een domein van een ander instrument, meetmomenten buiten 1 tot en met 60 (of meer "
                    + "dan 12, of geen), een nulmeting buiten 0 tot en met 52 weken, een drempel buiten de schaal, "
                    + "toegestaanOnder buiten 0 tot en met 50. Een ontbrekend verplicht veld geeft 400. De volgende "
                    + "meting in de werklijst volgt de nieuwe meetmomenten bij de volgende wijziging van een "
                    + "huishouden.")
    ZelfredzaamheidInstellingResource bewaar(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het contract", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e")
            @PathVariable UUID contract, @Valid @RequestBody ZelfredzaamheidInstellingRequest invoer) {
        Contract c = contract(ik, contract);
        long versie = Objects.requireNonNull(invoer.versie());
        UUID instrumentId = Objects.requireNonNull(invoer.instrumentId());
        Set<UUID> domeinen = new LinkedHashSet<>(invoer.domeinen() == null ? List.of() : invoer.domeinen());
        Instrument instrument = zelf.instrument(instrumentId).orElse(null);
        if (instrument != null && domeinen.size() == instrument.domeinen().size()
                && instrument.domeinen().stream().map(Domein::id).allMatch(domeinen::contains)) {
            domeinen = Set.of(); // all of them: all, also those added later (as the settings page stores it)
        }
        Instelling opgeslagen = zelf.bewaar(ik, new Instelling(contract, instrumentId, domeinen,
                Objects.requireNonNull(invoer.momenten()), Objects.requireNonNull(invoer.nulmetingWeken()),
                invoer.eindmeting() == null || invoer.eindmeting(), invoer.drempel(),
                invoer.toegestaanOnder() == null ? 0 : invoer.toegestaanOnder(), versie, false), versie);
        return resource(c, opgeslagen);
    }

    private Contract contract(Medewerker ik, UUID id) {
        return zelf.contracten(ik).stream().filter(c -> c.id().equals(id)).findFirst()
            .orElseThrow(NietGevonden::new);
    }

    private ZelfredzaamheidInstellingResource resource(Contract c, Instelling i) {
        return ZelfredzaamheidInstellingResource.van(c, i, zelf.instrument(i.instrumentId()).orElse(null));
    }
}

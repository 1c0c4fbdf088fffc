package nl.wegwijs.checklist.api;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.checklist.ItemStatus;
import nl.wegwijs.checklist.ItemWijziging;
import nl.wegwijs.checklist.WieDeedHet;

/**
 * A JSON merge patch (RFC 7396) on a checklist item, at the version the client last read. A field left out stays as it
 * is; a field sent as {@code null} is cleared; {@code versie} is required. Jackson calls the setter of each field the
 * body names, with {@code null} for an explicit null, and leaves the others alone: so a field here is {@code null}
 * when absent and an empty {@link Optional} when cleared (hence a bean, not a record). {@code wieDeedHet} is needed
 * once the status is GEREGELD ({@code datum} then defaults to today), {@code redenNietVanToepassing} once it is
 * NIET_VAN_TOEPASSING; both are dropped for other statuses. Clearing the {@code deadline} gives back the one the
 * checklist computes. Whether {@code datum} lies ahead is the item's check, against the application's clock.
 */
@Schema(name = "ChecklistItemWijziging", description = "JSON merge patch (RFC 7396): een veld dat u weglaat blijft "
        + "zoals het is, null maakt het leeg. versie is verplicht.")
class ChecklistItemWijziging {

    @NotNull(message = "{api.versie.leeg}")
    private @Nullable Long versie;

    private @Nullable Optional<@NotNull(message = "{checklist.status.leeg}") ItemStatus> status;

    private @Nullable Optional<WieDeedHet> wieDeedHet;

    private @Nullable Optional<LocalDate> datum;

    private @Nullable Optional<LocalDate> deadline;

    private @Nullable Optional<@Size(max = 2000, message = "{checklist.notitie.lang}") String> notitie;

    private @Nullable Optional<@Size(max = 500, message = "{checklist.reden.lang}") String> redenNietVanToepassing;

    /** The item's new state from its current one: what the patch leaves out stays. */
    UnaryOperator<ItemWijziging> patch() {
        return huidig -> new ItemWijziging(
                status == null ? huidig.status() : status.orElseThrow(),
                wieDeedHet == null ? huidig.wie() : wieDeedHet.orElse(null),
                datum == null ? huidig.datum() : datum.orElse(null),
                deadline == null ? huidig.deadline() : deadline.orElse(null),
                notitie == null ? huidig.notitie() : notitie.orElse(null),
                redenNietVanToepassing == null ? huidig.redenNietVanToepassing()
                        : redenNietVanToepassing.orElse(null));
    }

    @Nullable Long versie() {
        return versie;
    }

    @Schema(description = "de versie die u het laatst las", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
    public void setVersie(@Nullable Long versie) {
        this.versie = versie;
    }

    @Schema(description = "de stand: TE_DOEN, BEZIG, GEREGELD of NIET_VAN_TOEPASSING; kan niet leeg", 
            example = "GEREGELD")
    public void setStatus(@Nullable ItemStatus status) {
        this.status = Optional.ofNullable(status);
    }

    @Schema(description = "wie het deed: BEGELEIDER, SAMEN of ZELF; nodig bij GEREGELD", example = "SAMEN",
            nullable = true)
    public void setWieDeedHet(@Nullable WieDeedHet wieDeedHet) {
        this.wieDeedHet = Optional.ofNullable(wieDeedHet);
    }

    @Schema(description = "wanneer het geregeld is, niet na vandaag; leeg: vandaag", example = "2026-03-12",
            nullable = true)
    public void setDatum(@Nullable LocalDate datum) {
        this.datum = Optional.ofNullable(datum);
    }

    @Schema(description = "de deadline; leeg: de deadline die de checklist zelf berekent",
            example = "2026-04-01", nullable = true)
    public void setDeadline(@Nullable LocalDate deadline) {
        this.deadline = Optional.ofNullable(deadline);
    }

    @Schema(description = "vrije tekst; voor de gemeente alleen zichtbaar als zij hem zelf schreef", nullable = true,
            example = "Samen de polis bij Zilveren Kruis doorgenomen.",
            maxLength = 2000)
    public void setNotitie(@Nullable String notitie) {
        this.notitie = Optional.ofNullable(notitie);
    }

    @Schema(description = "waarom het niet van toepassing is; nodig bij NIET_VAN_TOEPASSING", nullable = true,
            example = "Heeft al een zorgverzekering via de werkgever",
            maxLength = 500)
    public void setRedenNietVanToepassing(@Nullable String reden) {
        this.redenNietVanToepassing = Optional.ofNullable(reden);
    }
}

package nl.wegwijs.checklist.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.checklist.ChecklistItem;
import nl.wegwijs.checklist.ItemStatus;
import nl.wegwijs.checklist.ItemWijziging;
import nl.wegwijs.checklist.WieDeedHet;

/** The edit form of one checklist item; a mutable bean because th:field binds into it and redisplays it. */
public class ItemForm {

    private long versie;
    @NotNull(message = "{checklist.status.leeg}")
    private @Nullable ItemStatus status;
    private @Nullable WieDeedHet wie;
    /** Not after today: checked by the item against the application's clock (Amsterdam), not the JVM's zone. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate datum;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate deadline;
    @Size(max = 2000, message = "{checklist.notitie.lang}")
    private @Nullable String notitie;
    @Size(max = 500, message = "{checklist.reden.lang}")
    private @Nullable String reden;

    static ItemForm van(ChecklistItem i) {
        ItemForm f = new ItemForm();
        f.versie = i.versie();
        f.status = i.status();
        f.wie = i.wie();
        f.datum = i.datum();
        f.deadline = i.deadline();
        f.notitie = i.notitie();
        f.reden = i.redenNietVanToepassing();
        return f;
    }

    ItemWijziging wijziging() {
        return new ItemWijziging(java.util.Objects.requireNonNull(status), wie, datum, deadline, notitie, reden);
    }

    public long getVersie() { return versie; }
    public void setVersie(long versie) { this.versie = versie; }
    public @Nullable ItemStatus getStatus() { return status; }
    public void setStatus(@Nullable ItemStatus status) { this.status = status; }
    public @Nullable WieDeedHet getWie() { return wie; }
    public void setWie(@Nullable WieDeedHet wie) { this.wie = wie; }
    public @Nullable LocalDate getDatum() { return datum; }
    public void setDatum(@Nullable LocalDate datum) { this.datum = datum; }
    public @Nullable LocalDate getDeadline() { return deadline; }
    public void setDeadline(@Nullable LocalDate deadline) { this.deadline = deadline; }
    public @Nullable String getNotitie() { return notitie; }
    public void setNotitie(@Nullable String notitie) { this.notitie = notitie; }
    public @Nullable String getReden() { return reden; }
    public void setReden(@Nullable String reden) { this.reden = reden; }
}

package nl.wegwijs.verwijzing.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.verwijzing.ExterneToestemming;
import nl.wegwijs.verwijzing.NieuweVerwijzing;

/** The referral form: a mutable bean for th:field; the rules are the service's. */
public class VerwijzingForm {

    static final Map<String, String> VELDEN = Map.of("verwijzing.reden.leeg", "reden", "verwijzing.reden.lang",
            "reden", "verwijzing.persoon.onbekend", "persoon", "verwijzing.dienst.onbekend", "dienst",
            "verwijzing.dienst.inactief", "dienst", "verwijzing.toestemming.extern-ontbreekt", "toestemmingWijze",
            "verwijzing.toestemming.datum-toekomst", "toestemmingOp");

    private @Nullable UUID persoon;
    private @Nullable UUID dienst;
    private @Nullable String reden;
    private boolean warm;
    private @Nullable UUID signaal;
    private boolean versturen = true;
    private @Nullable Wijze toestemmingWijze;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate toestemmingOp;

    NieuweVerwijzing toNieuw() {
        if (dienst == null) {
            throw new DomeinFout("verwijzing.dienst.onbekend");
        }
        return new NieuweVerwijzing(persoon, dienst, reden == null ? "" : reden, warm, signaal, versturen,
                extern(toestemmingWijze, toestemmingOp));
    }

    static @Nullable ExterneToestemming extern(@Nullable Wijze wijze, @Nullable LocalDate op) {
        return wijze == null || op == null ? null : new ExterneToestemming(wijze, op);
    }

    public @Nullable UUID getPersoon() { return persoon; }
    public void setPersoon(@Nullable UUID persoon) { this.persoon = persoon; }
    public @Nullable UUID getDienst() { return dienst; }
    public void setDienst(@Nullable UUID dienst) { this.dienst = dienst; }
    public @Nullable String getReden() { return reden; }
    public void setReden(@Nullable String reden) { this.reden = reden; }
    public boolean isWarm() { return warm; }
    public void setWarm(boolean warm) { this.warm = warm; }
    public @Nullable UUID getSignaal() { return signaal; }
    public void setSignaal(@Nullable UUID signaal) { this.signaal = signaal; }
    public boolean isVersturen() { return versturen; }
    public void setVersturen(boolean versturen) { this.versturen = versturen; }
    public @Nullable Wijze getToestemmingWijze() { return toestemmingWijze; }
    public void setToestemmingWijze(@Nullable Wijze toestemmingWijze) { this.toestemmingWijze = toestemmingWijze; }
    public @Nullable LocalDate getToestemmingOp() { return toestemmingOp; }
    public void setToestemmingOp(@Nullable LocalDate toestemmingOp) { this.toestemmingOp = toestemmingOp; }
}

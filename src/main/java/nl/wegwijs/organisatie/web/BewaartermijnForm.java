package nl.wegwijs.organisatie.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** How many months after a trajectory ended the household's personal data is kept. */
record BewaartermijnForm(
        @NotNull(message = "{beheer.bewaartermijn.leeg}")
        @Min(value = 1, message = "{beheer.bewaartermijn.bereik}") @Max(value = 600, message = "{beheer.bewaartermijn.bereik}")
        @Nullable Integer bewaartermijnMaanden) {
}

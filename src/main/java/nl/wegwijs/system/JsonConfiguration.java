package nl.wegwijs.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * What the API accepts in JSON, stricter than Jackson's defaults so bad input is a 400 and never reaches the
 * database: no {@code null} inside a list or map ({@code "personen": [null]}), no NUL or other control characters in
 * a text (PostgreSQL refuses them), and dates only as ISO {@code yyyy-mm-dd} within {@link Invoer#VROEGSTE} and
 * {@link Invoer#LAATSTE}.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strengeInvoer() {
        SimpleModule module = new SimpleModule("wegwijs-invoer");
        module.addDeserializer(String.class, new SchoneTekst());
        module.addDeserializer(LocalDate.class, new Datum());
        return builder -> builder.addModule(module)
            .changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL));
    }

    /** A text without control characters other than tab, newline and carriage return. */
    static final class SchoneTekst extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String tekst = super.deserialize(p, ctxt);
            if (tekst != null && !Invoer.schoon(tekst)) {
                throw InvalidFormatException.from(p, "control character in text", tekst, String.class);
            }
            return tekst;
        }
    }

    /** An ISO date in the range Wegwijs accepts. */
    static final class Datum extends StdScalarDeserializer<LocalDate> {

        Datum() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String tekst = p.getString().strip();
            try {
                LocalDate datum = LocalDate.parse(tekst);
                if (!Invoer.binnenBereik(datum)) {
                    throw InvalidFormatException.from(p, "date out of range", tekst, LocalDate.class);
                }
                return datum;
            }
            catch (DateTimeParseException fout) {
                throw InvalidFormatException.from(p, "not an ISO date", tekst, LocalDate.class);
            }
        }
    }
}

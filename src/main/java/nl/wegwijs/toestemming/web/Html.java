package nl.wegwijs.toestemming.web;

import gg.jte.Content;

/**
 * For the move from Thymeleaf (issue 21): a text escaped as Thymeleaf's th:text escapes it, double quotes as
 * {@code &quot;} too (JTE leaves them in text), so the pages compare equal while both engines exist. A user sees the
 * same either way; once Thymeleaf is gone, {@code $}{Html.tekst(x)} may become {@code $}{x}.
 */
public final class Html {

    private Html() {
    }

    public static Content tekst(String tekst) {
        return uitvoer -> {
            StringBuilder b = new StringBuilder(tekst.length() + 16);
            for (int i = 0; i < tekst.length(); i++) {
                char c = tekst.charAt(i);
                switch (c) {
                    case '&' -> b.append("&amp;");
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '"' -> b.append("&quot;");
                    case '\'' -> b.append("&#39;");
                    default -> b.append(c);
                }
            }
            uitvoer.writeContent(b.toString());
        };
    }
}

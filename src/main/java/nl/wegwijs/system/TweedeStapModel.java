package nl.wegwijs.system;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the layout that the user is between password and second step ({@code tweedeStapOpen}, the step's path): the
 * navigation is not shown then, as its links would only lead back to the step.
 */
@ControllerAdvice
class TweedeStapModel {

    @ModelAttribute("tweedeStapOpen")
    @Nullable String tweedeStapOpen(HttpServletRequest request) {
        return TweedeStap.open(request);
    }
}

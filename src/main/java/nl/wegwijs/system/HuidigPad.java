package nl.wegwijs.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout which page is shown, so the navigation marks it with aria-current. */
@ControllerAdvice
class HuidigPad {

    @ModelAttribute("huidigPad")
    String huidigPad(HttpServletRequest request) {
        return request.getServletPath();
    }
}

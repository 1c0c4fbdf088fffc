package nl.wegwijs.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * The UI's templates: precompiled JTE (issue 21), resolved before anything else. During the move from Thymeleaf,
 * {@code wegwijs.sjablonen.vergelijken=true} (tests) renders every page a second time with the Thymeleaf template of
 * the same name and fails the request if the two differ beyond whitespace and per-request tokens.
 */
@Configuration(proxyBeanMethods = false)
class JteConfiguration {

    @Bean
    JteViewResolver jteViewResolver(MessageSource messageSource,
            @Qualifier(InzendingConfiguration.PROCESSOR) ObjectProvider<RequestDataValueProcessor> formulieren,
            @Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> thymeleaf,
            @Value("${wegwijs.sjablonen.vergelijken:false}") boolean vergelijken) {
        ViewResolver oud = vergelijken ? (naam, locale) -> thymeleaf.getObject().resolveViewName(naam, locale) : null;
        return new JteViewResolver(messageSource, formulieren, oud);
    }

    @Bean
    TemplateRenderer templateRenderer(MessageSource messageSource) {
        return new TemplateRenderer(messageSource);
    }
}

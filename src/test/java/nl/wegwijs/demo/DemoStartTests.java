package nl.wegwijs.demo;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The demo data is loaded before the embedded web server listens and before the application reports ready, so no
 * worklist is opened on half a data set. A real (small) Spring Boot application with Tomcat on a free port; the
 * loading itself is stood in for, its moment recorded.
 */
class DemoStartTests {

    @Test
    void loadsTheDemoDataBeforeTheWebServerStartsAndTheApplicationIsReady() {
        List<String> volgorde = new CopyOnWriteArrayList<>();
        DemoData demo = mock(DemoData.class);
        when(demo.eersteStart()).thenReturn(true);
        when(demo.laad()).thenAnswer(aanroep -> {
            volgorde.add("demodata geladen");
            return Optional.empty();
        });
        try (ConfigurableApplicationContext context = start(demo, volgorde)) {
            assertThat(volgorde).containsExactly("demodata geladen", "webserver luistert", "klaar voor verkeer");
        }
    }

    @Test
    void aDatabaseWithDataIsLeftAlone() {
        List<String> volgorde = new CopyOnWriteArrayList<>();
        DemoData demo = mock(DemoData.class);
        when(demo.eersteStart()).thenReturn(false);
        try (ConfigurableApplicationContext context = start(demo, volgorde)) {
            verify(demo, never()).laad();
            assertThat(volgorde).containsExactly("webserver luistert", "klaar voor verkeer");
        }
    }

    private static ConfigurableApplicationContext start(DemoData demo, List<String> volgorde) {
        SpringApplication app = new SpringApplication(Opstart.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        app.addInitializers(context -> ((GenericApplicationContext) context).registerBean(DemoData.class, () -> demo));
        app.addListeners((ApplicationListener<ApplicationEvent>) gebeurtenis -> {
            if (gebeurtenis instanceof WebServerInitializedEvent) {
                volgorde.add("webserver luistert");
            }
            if (gebeurtenis instanceof AvailabilityChangeEvent<?> beschikbaar
                    && beschikbaar.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                volgorde.add("klaar voor verkeer");
            }
        });
        return app.run("--wegwijs.demo=true", "--spring.main.banner-mode=off");
    }

    /** Only what the ordering needs: a web server on a free port and the demo start. */
    @Configuration(proxyBeanMethods = false)
    @Import(DemoStart.class)
    static class Opstart {

        @Bean
        TomcatServletWebServerFactory webserver() {
            return new TomcatServletWebServerFactory(0);
        }
    }
}

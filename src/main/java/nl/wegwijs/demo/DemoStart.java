package nl.wegwijs.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Loads the demo data on the first start (no gemeente in the database yet) when {@code wegwijs.demo=true}. */
@Component
@ConditionalOnProperty(name = "wegwijs.demo", havingValue = "true")
class DemoStart implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStart.class);

    private final DemoData demo;

    DemoStart(DemoData demo) {
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.eersteStart()) {
            demo.laad();
        }
        else {
            LOG.info("Demodata overgeslagen: de database bevat al gemeenten.");
        }
    }
}

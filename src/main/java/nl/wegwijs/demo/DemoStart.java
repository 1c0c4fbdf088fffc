package nl.wegwijs.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data on the first start (no gemeente in the database yet) when {@code wegwijs.demo=true}, before
 * the application takes requests.
 * <p>
 * It runs as a lifecycle phase just before the embedded web server starts ({@link #FASE}): every bean is ready (the
 * database migrated, the services there), but the server does not listen yet, "Started" is not logged and the
 * readiness state is not {@code ACCEPTING_TRAFFIC}. So nobody opens a worklist while the households are still being
 * made (an {@code ApplicationRunner} runs only after the server has started, when users can already log in and see
 * half a data set). Scheduled jobs start after it too.
 */
@Component
@ConditionalOnProperty(name = "wegwijs.demo", havingValue = "true")
class DemoStart implements SmartLifecycle {

    /** Just before the phase of the embedded web server's start. */
    static final int FASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;

    private static final Logger LOG = LoggerFactory.getLogger(DemoStart.class);

    private final DemoData demo;
    private volatile boolean gestart;

    DemoStart(DemoData demo) {
        this.demo = demo;
    }

    @Override
    public void start() {
        if (gestart) {
            return;
        }
        if (demo.eersteStart()) {
            demo.laad();
        }
        else {
            LOG.info("Demodata overgeslagen: de database bevat al gemeenten.");
        }
        gestart = true;
    }

    @Override
    public void stop() {
        gestart = false;
    }

    @Override
    public boolean isRunning() {
        return gestart;
    }

    @Override
    public int getPhase() {
        return FASE;
    }
}

package nl.wegwijs.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread executes while it runs a piece of code, e.g. one MockMvc request (which
 * runs on the test's thread). Wraps every {@link DataSource} of the test context in a proxy that notes each execute
 * on a statement of its connections; outside {@link #tel} the proxy only passes calls on. A JDBC batch counts once.
 */
@Component
public class SqlTeller implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> LOPEND = new ThreadLocal<>();

    /** What ran: the statements in order (their SQL, whitespace folded). */
    public record Telling(List<String> statements) {

        public int aantal() {
            return statements.size();
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(aantal() + " statements:");
            statements.forEach(s -> b.append("\n  ").append(s.length() > 160 ? s.substring(0, 160) + "..." : s));
            return b.toString();
        }
    }

    /** Code to count, e.g. {@code () -> mvc.perform(get("/werklijst").with(als(ik)))}. */
    @FunctionalInterface
    public interface Actie {
        void uitvoeren() throws Exception;
    }

    /** Runs {@code actie} and returns the statements this thread executed meanwhile. */
    public static Telling tel(Actie actie) throws Exception {
        List<String> vorige = LOPEND.get();
        List<String> statements = new ArrayList<>();
        LOPEND.set(statements);
        try {
            actie.uitvoeren();
        }
        finally {
            LOPEND.set(vorige);
        }
        return new Telling(List.copyOf(statements));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource bron && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, bron, null);
        }
        return bean;
    }

    private static Object proxy(Class<?> soort, Object doel, String sql) {
        InvocationHandler handler = (self, methode, args) -> aanroep(self, doel, sql, methode, args);
        return Proxy.newProxyInstance(SqlTeller.class.getClassLoader(), new Class<?>[] { soort }, handler);
    }

    private static Object aanroep(Object self, Object doel, String sql, Method methode, Object[] args)
            throws Throwable {
        switch (methode.getName()) {
            case "equals":
                return self == args[0];
            case "hashCode":
                return System.identityHashCode(self);
            default:
                break;
        }
        Object uitkomst;
        try {
            uitkomst = methode.invoke(doel, args);
        }
        catch (InvocationTargetException e) {
            throw e.getCause();
        }
        Class<?> soort = methode.getReturnType();
        if (doel instanceof DataSource && soort == Connection.class && uitkomst != null) {
            return proxy(Connection.class, uitkomst, null);
        }
        if (doel instanceof Connection && Statement.class.isAssignableFrom(soort) && uitkomst != null) {
            return proxy(soort, uitkomst, args != null && args.length > 0 && args[0] instanceof String s ? s : null);
        }
        if (doel instanceof Statement && methode.getName().startsWith("execute")) {
            noteer(args != null && args.length > 0 && args[0] instanceof String s ? s : sql,
                    methode.getName().equals("executeBatch"));
        }
        return uitkomst;
    }

    private static void noteer(String sql, boolean batch) {
        List<String> statements = LOPEND.get();
        if (statements != null) {
            String tekst = sql == null ? "?" : sql.strip().replaceAll("\\s+", " ");
            statements.add(batch ? "[batch] " + tekst : tekst);
        }
    }
}

package nl.wegwijs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Wegwijs: maatschappelijke begeleiding of statushouders, from koppeling to warm handover.
 */
@SpringBootApplication
@Modulithic(sharedModules = { "system", "verwerkingslog" })
public class WegwijsApplication {

    public static void main(String[] args) {
        SpringApplication.run(WegwijsApplication.class, args);
    }
}

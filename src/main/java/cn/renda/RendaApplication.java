package cn.renda;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Renda, the People's Congress work and supervision platform. */
@SpringBootApplication
@Modulithic(sharedModules = "core")
@EnableScheduling
@EnableAsync
public class RendaApplication {

    public static void main(String[] args) {
        // `backup` and `restore` work on the database alone and start no application.
        if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
            System.exit(cn.renda.core.Maintenance.run(args));
        }
        SpringApplication.run(RendaApplication.class, args);
    }
}

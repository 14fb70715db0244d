package id.baku;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BakuApplication {
    public static void main(String[] args) {
        SpringApplication.run(BakuApplication.class, args);
    }
}

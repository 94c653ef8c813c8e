package org.leoprotocol;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class LeoApplication {

	public static void main(String[] args) {
		SpringApplication.run(LeoApplication.class, args);
	}
}

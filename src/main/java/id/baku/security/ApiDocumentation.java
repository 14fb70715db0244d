package id.baku.security;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.Map;

/**
 * The OpenAPI description of {@code /api/v1/} (springdoc builds it from the controllers; settings
 * in application.yaml): JSON at {@code /api/v1/openapi.json}, YAML at {@code /api/v1/openapi.yaml}.
 * Every operation needs a personal API token, declared here as the bearer scheme.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String SCHEME = "bearer";

    @Bean
    OpenAPI bakuOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Baku API").version("1")
                        .description("Read access to the SOP AP of one pemda. Authenticate with a personal API token"
                                + " (menu \"Token API\" in Baku): `Authorization: Bearer <token>`. The token acts with"
                                + " its owner's roles inside the owner's pemda; it sees nothing of other pemda."))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("baku personal API token")
                        .description("A personal API token, e.g. baku_… (or demo-<pemda code> in demo mode)")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }

    /**
     * The YAML under its expected name (springdoc serves it at the JSON path + ".yaml"), and a JSON
     * 404 for any other address under /api/v1/ instead of the Vaadin page the app would send.
     */
    @Hidden
    @Controller
    static class ApiAddresses {

        @GetMapping("/api/v1/openapi.yaml")
        String yaml() {
            return "forward:/api/v1/openapi.json.yaml";
        }

        @RequestMapping("/api/v1/**")
        @ResponseBody
        ResponseEntity<Map<String, String>> unknown() {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", "No such API address."));
        }
    }
}

package id.baku.tenant.api;

import id.baku.tenant.TenantService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** The signed-in user's pemda logo for the app header; there is no way to ask for another pemda's. */
@RestController
class TenantLogoController {

    private final TenantService tenants;

    TenantLogoController(TenantService tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/api/tenant/logo")
    ResponseEntity<byte[]> logo() {
        return tenants.currentLogo()
                .map(logo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(logo.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                        .body(logo.bytes()))
                .orElse(ResponseEntity.notFound().build());
    }
}

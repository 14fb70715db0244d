package id.baku.testing;

import id.baku.tenant.ApiTokenService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/** Calls to the API through MockMvc and the whole security chain, with a personal API token as a client sends it. */
@Component
public class ApiCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebApplicationContext context;
    private final SignIn signIn;
    private final ApiTokenService tokens;
    /** Built on first use, once the context and its security filter chain are complete. */
    private MockMvc mvc;

    ApiCalls(WebApplicationContext context, SignIn signIn, ApiTokenService tokens) {
        this.context = context;
        this.signIn = signIn;
        this.tokens = tokens;
    }

    /** A new personal API token of this (demo) user; nobody is signed in afterwards. */
    public String token(String user) {
        signIn.as(user);
        try {
            return tokens.create("Uji API", null).secret();
        } finally {
            SignIn.out();
        }
    }

    /** The request with {@code Authorization: Bearer <token>}, or no such header when the token is null. */
    public MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return call(request, token, null);
    }

    /** As {@link #call(MockHttpServletRequestBuilder, String)}, with the body as JSON unless it is null. */
    public MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token, Object body)
            throws Exception {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc().perform(request).andReturn().getResponse();
    }

    public static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockMvc mvc() {
        if (mvc == null) {
            mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        }
        return mvc;
    }
}

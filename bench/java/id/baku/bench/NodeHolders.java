package id.baku.bench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.server.VaadinSession;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Diagnosis for {@code -Dbench.explain=true}: walks the objects a Vaadin session reaches (its own objects, not
 * the application's shared beans) breadth first, and for every {@link StateNode} that is in none of the
 * session's UI trees tells the path of fields it was reached by — what keeps those nodes alive.
 */
final class NodeHolders {

    private NodeHolders() {
    }

    /** Path pattern (field chain, indexes dropped) → number of state nodes outside the UI trees reached by it. */
    static Map<String, Integer> of(VaadinSession session) {
        return of(session, new HashMap<>());
    }

    /** As {@link #of(VaadinSession)}, and sums the characters of the strings reached, by path, into {@code text}. */
    static Map<String, Integer> of(VaadinSession session, Map<String, Integer> text) {
        Set<StateNode> inTrees = Collections.newSetFromMap(new IdentityHashMap<>());
        for (UI ui : session.getUIs()) {
            ui.getInternals().getStateTree().getRootNode().visitNodeTree(inTrees::add);
        }
        return walk(session, "VaadinSession", inTrees, text);
    }

    /** Walks from {@code root}: state nodes outside {@code inTrees} by path; strings and byte arrays into {@code text}. */
    static Map<String, Integer> walk(Object root, String name, Set<StateNode> inTrees, Map<String, Integer> text) {
        Map<Object, String> seen = new IdentityHashMap<>();
        ArrayDeque<Object> queue = new ArrayDeque<>();
        seen.put(root, name);
        queue.add(root);
        Map<String, Integer> holders = new HashMap<>();
        while (!queue.isEmpty()) {
            Object o = queue.poll();
            String path = seen.get(o);
            if (o instanceof StateNode node && !inTrees.contains(node)) {
                holders.merge(shorten(path), 1, Integer::sum);
            }
            for (Map.Entry<String, Object> child : children(o)) {
                Object v = child.getValue();
                if (v instanceof byte[] bytes && !seen.containsKey(v)) {
                    seen.put(v, "");
                    text.merge("bytes " + shorten(path + "." + child.getKey()), bytes.length, Integer::sum);
                }
                if (v instanceof String string && !seen.containsKey(v)) {
                    seen.put(v, "");
                    text.merge(shorten(path + "." + child.getKey()), string.length(), Integer::sum);
                }
                if (v == null || seen.containsKey(v) || !followed(v)) {
                    continue;
                }
                seen.put(v, path + "." + child.getKey());
                queue.add(v);
            }
        }
        return holders;
    }

    /**
     * A path with the state tree's own steps folded: a node's children and parent links become "/" and "..",
     * a component's node "@"; what remains are the fields of components and of Baku's classes.
     */
    private static String shorten(String path) {
        String folded = path.replace(".StateNode#features.[].NodeList#values.[]", "/")
                .replace(".StateNode#features.[].ComponentMapping#component", "")
                .replace(".Component#element.Node#node", "@")
                .replace(".StateNode#parent", "..")
                .replaceAll("\\{(executor|kind|yes|no)?\\.?\\d+\\.?(kind|executor|yes|no)?\\}", "{$1$2}")
                .replaceAll("(/)+", "/");
        return folded.length() > 400 ? "…" + folded.substring(folded.length() - 400) : folded;
    }

    private static boolean followed(Object v) {
        Class<?> c = v.getClass();
        if (c.isArray()) {
            return !c.getComponentType().isPrimitive();
        }
        if (v instanceof Map<?, ?> || v instanceof Collection<?>) {
            return true;
        }
        String name = c.getName();
        if (name.contains("$$") || name.startsWith("org.springframework") || name.startsWith("org.hibernate")
                || name.startsWith("jakarta.") || name.startsWith("org.apache")) {
            return false;
        }
        if (v instanceof com.vaadin.flow.server.VaadinService || v instanceof com.vaadin.flow.server.VaadinContext
                || v instanceof jakarta.servlet.ServletContext || v instanceof Class<?> || v instanceof ClassLoader
                || v instanceof Thread) {
            return false;
        }
        for (var a : c.getAnnotations()) {
            if (a.annotationType().getName().startsWith("org.springframework.stereotype")) {
                return false;
            }
        }
        return name.startsWith("com.vaadin.") || name.startsWith("id.baku.") || c.isHidden() || c.isRecord()
                || name.startsWith("java.util.") || name.startsWith("java.io.") || name.startsWith("java.nio.")
                || name.startsWith("com.fasterxml") || name.startsWith("tools.jackson") || name.startsWith("org.jsoup");
    }

    private static List<Map.Entry<String, Object>> children(Object o) {
        List<Map.Entry<String, Object>> out = new ArrayList<>();
        Class<?> c = o.getClass();
        if (c.isArray()) {
            for (int i = 0; i < Array.getLength(o); i++) {
                out.add(Map.entry("[]", nullSafe(Array.get(o, i))));
            }
            return out;
        }
        if (o instanceof Map<?, ?> map) {
            try {
                for (Map.Entry<?, ?> e : List.copyOf(map.entrySet())) {
                    out.add(Map.entry("{key}", nullSafe(e.getKey())));
                    out.add(Map.entry("{" + (e.getKey() instanceof String s ? s : "value") + "}", nullSafe(e.getValue())));
                }
            } catch (RuntimeException concurrentOrNulls) {
                // a map being changed by a request meanwhile; its contents are not needed for the picture
            }
            return out;
        }
        if (o instanceof Collection<?> list) {
            try {
                for (Object e : List.copyOf(list.stream().filter(java.util.Objects::nonNull).toList())) {
                    out.add(Map.entry("[]", e));
                }
            } catch (RuntimeException concurrent) {
                // as above
            }
            return out;
        }
        if (c.getName().startsWith("java.lang.")) {
            return out;
        }
        for (Class<?> k = c; k != null && !k.getName().startsWith("java.lang."); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive() || !f.trySetAccessible()) {
                    continue;
                }
                try {
                    out.add(Map.entry(k.getSimpleName() + "#" + f.getName(), nullSafe(f.get(o))));
                } catch (IllegalAccessException e) {
                    // not readable: skipped
                }
            }
        }
        return out;
    }

    private static final Object NULL = new Object();

    private static Object nullSafe(Object o) {
        return o == null ? NULL : o;
    }
}

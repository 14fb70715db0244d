package id.baku.shared.yaml;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A YAML mapping read through SnakeYAML's node tree, which keeps line numbers, so that every
 * error can name the file, the line and the field path.
 */
public final class YamlMap {

    /**
     * The largest file read: far beyond any real one, and small enough that SnakeYAML (slow on one huge scalar:
     * seconds per megabyte) answers quickly. The upload fields allow 1 MB too.
     */
    private static final int MAX_BYTES = 1024 * 1024;

    private final String file;
    private final String path;
    private final MappingNode node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String file, String path, MappingNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new YamlDataException(file, line(tuple.getKeyNode()), path.isEmpty() ? null : path, "yaml.key-plain");
            }
            if (entries.put(key.getValue(), tuple) != null) {
                throw new YamlDataException(file, line(key), qualified(key.getValue()), "yaml.twice");
            }
        }
    }

    /** Parses a whole file, whose top level must be a mapping. */
    public static YamlMap parse(String file, InputStream in) {
        // Bytes that are not UTF-8 are an error, not silently replaced characters.
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] bytes;
        try (in) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new YamlDataException(file, 0, null, "yaml.unreadable", e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new YamlDataException(file, 0, null, "yaml.too-large", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new YamlDataException(file, 0, null, "yaml.not-utf8");
        }
        try {
            Node root = new Yaml(new SafeConstructor(loaderOptions())).compose(new StringReader(text));
            if (root == null) {
                throw new YamlDataException(file, 0, null, "yaml.empty");
            }
            if (!(root instanceof MappingNode mapping)) {
                throw new YamlDataException(file, line(root), null, "yaml.top-level");
            }
            return new YamlMap(file, "", mapping);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new YamlDataException(file, mark == null ? 0 : mark.getLine() + 1, null, "yaml.invalid", e.getProblem());
        } catch (ReaderException e) {
            throw new YamlDataException(file, 0, null, "yaml.invalid", e.getMessage());
        } catch (YAMLException e) {
            // Unmarked: a limit of loaderOptions() was hit (aliases, nesting, size).
            throw new YamlDataException(file, 0, null, "yaml.too-complex", e.getMessage());
        }
    }

    /**
     * Limits against hostile files (an import is anyone's upload): few aliases of collections, so an alias bomb
     * ("billion laughs") cannot multiply a small file; shallow nesting; no file larger than any real SOP, template
     * or pemda file could be.
     */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(MAX_BYTES);
        return options;
    }

    public String file() {
        return file;
    }

    /** Fails on any field not in the list: a typo must not be silently ignored. */
    public YamlMap allowOnly(String... keys) {
        Set<String> allowed = Set.of(keys);
        for (NodeTuple tuple : entries.values()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                throw error(tuple.getKeyNode(), key, "yaml.unknown-field", String.join(", ", keys));
            }
        }
        return this;
    }

    public String requiredString(String key) {
        return optionalString(key).orElseThrow(() -> missing(key));
    }

    public Optional<String> optionalString(String key) {
        Node value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof ScalarNode scalar)) {
            throw error(value, key, "yaml.expected-single");
        }
        String text = scalar.getValue().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    public int requiredInt(String key) {
        String text = requiredString(key);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error(value(key), key, "yaml.expected-number", text);
        }
    }

    public boolean optionalBoolean(String key, boolean fallback) {
        Optional<String> text = optionalString(key);
        if (text.isEmpty()) {
            return fallback;
        }
        return switch (text.get()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(value(key), key, "yaml.expected-boolean", text.get());
        };
    }

    public <E> E requiredEnum(String key, Function<String, Optional<E>> parser, String... allowed) {
        String text = requiredString(key);
        return parser.apply(text).orElseThrow(() -> error(value(key), key, "yaml.not-one-of", text,
                String.join(", ", allowed)));
    }

    public List<YamlMap> optionalMaps(String key) {
        List<YamlMap> maps = new ArrayList<>();
        List<Node> items = items(key);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            // Counted from 1 like the items a person sees: steps[1] is Langkah 1.
            String itemPath = qualified(key) + "[" + (i + 1) + "]";
            if (!(item instanceof MappingNode mapping)) {
                throw new YamlDataException(file, line(item), itemPath, "yaml.expected-fields");
            }
            maps.add(new YamlMap(file, itemPath, mapping));
        }
        return maps;
    }

    public Optional<YamlMap> optionalMap(String key) {
        Node value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof MappingNode mapping)) {
            throw error(value, key, "yaml.expected-fields");
        }
        return Optional.of(new YamlMap(file, qualified(key), mapping));
    }

    public List<String> optionalStrings(String key) {
        List<String> texts = new ArrayList<>();
        for (Node item : items(key)) {
            if (!(item instanceof ScalarNode scalar)) {
                throw error(item, key, "yaml.expected-texts");
            }
            texts.add(scalar.getValue().strip());
        }
        return texts;
    }

    /** The field names of this mapping, in file order: for maps whose keys are data (custom values). */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    /** One text or a list of texts, as a list. */
    public List<String> stringOrStrings(String key) {
        Node value = value(key);
        if (value instanceof ScalarNode) {
            return optionalString(key).map(List::of).orElse(List.of());
        }
        return optionalStrings(key);
    }

    public boolean has(String key) {
        return value(key) != null;
    }

    /** An error about the value of {@code key} (or about the mapping when the key is absent). */
    public YamlDataException error(String key, String problemKey, Object... args) {
        Node value = value(key);
        return error(value == null ? node : value, key, problemKey, args);
    }

    private List<Node> items(String key) {
        Node value = value(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            throw error(value, key, "yaml.expected-list");
        }
        return sequence.getValue();
    }

    private Node value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || Tag.NULL.equals(tuple.getValueNode().getTag())) {
            return null;
        }
        return tuple.getValueNode();
    }

    private YamlDataException missing(String key) {
        NodeTuple tuple = entries.get(key);
        Node where = tuple == null ? node : tuple.getKeyNode();
        return error(where, key, "yaml.required");
    }

    private YamlDataException error(Node where, String key, String problemKey, Object... args) {
        return new YamlDataException(file, line(where), qualified(key), problemKey, args);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public static String list(Object[] values, Function<Object, String> name) {
        return String.join(", ", Arrays.stream(values).map(name).toList());
    }
}

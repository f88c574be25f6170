package dev.lede.story;

/**
 * An attributed quote line: {@code Speaker, role: “text”}.
 *
 * @param role null when the attribution has no comma
 */
public record Quote(String speaker, String role, String text) implements Block {

    /** The attribution as a reader sees it: {@code Speaker, role} or just {@code Speaker}. */
    public String attribution() {
        return role == null ? speaker : speaker + ", " + role;
    }
}

package id.baku.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Lines up the items of two versions of a list once some of them are known to be the same item.
 * The longest run of matches that kept their order stays in place; any other match has MOVED.
 * Optionally, items left over between the same two staying matches are paired as CHANGED in order
 * (an edited list item, a renamed column).
 */
final class DiffAlignment {

    private final int[] newOf;
    private final boolean[] moved;
    private final boolean[] paired;
    private final int newerSize;

    private DiffAlignment(int[] newOf, boolean[] moved, boolean[] paired, int newerSize) {
        this.newOf = newOf;
        this.moved = moved;
        this.paired = paired;
        this.newerSize = newerSize;
    }

    /** {@code matches[i]} is the newer index of older item i, or -1; leftovers are not paired. */
    static DiffAlignment of(int[] matches, int newerSize) {
        return of(matches, newerSize, (i, j) -> false);
    }

    /**
     * {@code matches[i]} is the newer index of older item i, or -1; {@code pairable} says which
     * leftovers in the same place may be taken for one item edited.
     */
    static DiffAlignment of(int[] matches, int newerSize, BiPredicate<Integer, Integer> pairable) {
        int[] newOf = matches.clone();
        boolean[] stays = longestInOrder(newOf);
        boolean[] moved = new boolean[newOf.length];
        for (int i = 0; i < newOf.length; i++) {
            moved[i] = newOf[i] >= 0 && !stays[i];
        }
        boolean[] paired = new boolean[newOf.length];
        pair(newOf, stays, paired, newerSize, pairable);
        return new DiffAlignment(newOf, moved, paired, newerSize);
    }

    /** Older index → newer index, or -1 for an item the newer version no longer has. */
    int newerIndex(int olderIndex) {
        return olderIndex >= 0 && olderIndex < newOf.length ? newOf[olderIndex] : -1;
    }

    boolean moved(int olderIndex) {
        return moved[olderIndex];
    }

    /** Matched only by its place between unchanged neighbours, not by its value. */
    boolean paired(int olderIndex) {
        return paired[olderIndex];
    }

    /**
     * Rows in the newer version's order, each {@code {olderIndex, newerIndex}} with -1 for a side
     * that lacks the item; a removed item follows the row of the item that preceded it.
     */
    List<int[]> rows() {
        int[] olderOfNew = new int[newerSize];
        Arrays.fill(olderOfNew, -1);
        for (int i = 0; i < newOf.length; i++) {
            if (newOf[i] >= 0) {
                olderOfNew[newOf[i]] = i;
            }
        }
        List<int[]> keyed = new ArrayList<>();
        for (int j = 0; j < newerSize; j++) {
            keyed.add(new int[]{j, 0, 0, olderOfNew[j], j});
        }
        for (int i = 0; i < newOf.length; i++) {
            if (newOf[i] < 0) {
                int anchor = -1;
                for (int k = i - 1; k >= 0 && anchor < 0; k--) {
                    anchor = newOf[k] >= 0 && !moved[k] ? newOf[k] : -1;
                }
                keyed.add(new int[]{anchor, 1, i, i, -1});
            }
        }
        keyed.sort(Comparator.<int[]>comparingInt(k -> k[0]).thenComparingInt(k -> k[1]).thenComparingInt(k -> k[2]));
        return keyed.stream().map(k -> new int[]{k[3], k[4]}).toList();
    }

    /** The matches on a longest increasing run of newer indices; ties keep the earliest items. */
    private static boolean[] longestInOrder(int[] newOf) {
        int n = newOf.length;
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            previous[i] = -1;
            if (newOf[i] < 0) {
                continue;
            }
            length[i] = 1;
            for (int k = 0; k < i; k++) {
                if (newOf[k] >= 0 && newOf[k] < newOf[i] && length[k] + 1 > length[i]) {
                    length[i] = length[k] + 1;
                    previous[i] = k;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        boolean[] stays = new boolean[n];
        for (int i = best; i >= 0; i = previous[i]) {
            stays[i] = true;
        }
        return stays;
    }

    private static void pair(int[] newOf, boolean[] stays, boolean[] paired, int newerSize,
                             BiPredicate<Integer, Integer> pairable) {
        boolean[] newTaken = new boolean[newerSize];
        for (int value : newOf) {
            if (value >= 0) {
                newTaken[value] = true;
            }
        }
        int olderStart = 0;
        int newerStart = 0;
        for (int anchor = 0; anchor <= newOf.length; anchor++) {
            if (anchor < newOf.length && !stays[anchor]) {
                continue;
            }
            int newerEnd = anchor < newOf.length ? newOf[anchor] : newerSize;
            int j = newerStart;
            for (int i = olderStart; i < anchor; i++) {
                if (newOf[i] >= 0) {
                    continue;
                }
                int k = j;
                while (k < newerEnd && (newTaken[k] || !pairable.test(i, k))) {
                    k++;
                }
                if (k < newerEnd) {
                    newOf[i] = k;
                    newTaken[k] = true;
                    paired[i] = true;
                    j = k + 1;
                }
            }
            olderStart = anchor + 1;
            newerStart = newerEnd + 1;
        }
    }
}

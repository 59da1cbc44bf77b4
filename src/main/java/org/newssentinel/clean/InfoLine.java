package org.newssentinel.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The information line that Chinese and Japanese news pages set under the headline: dates, times
 * and labelled fields ("2025-03-04 10:32 来源：新华社 作者：王明", "作者：王明 | 2025年3月4日"), none
 * of it article text. Read only when every part of the line is a date, a time or a known field, so
 * a sentence that happens to contain "来源：" is never taken for one. Stateless.
 */
final class InfoLine {

    /** What the line gives: the source ({@code 来源}) and the writers ({@code 作者}, {@code 记者}). */
    record Fields(Optional<String> source, Optional<String> author) {
    }

    /** Longer lines are prose. */
    private static final int MAX_LINE = 100;
    /** A label, its colon and what follows it up to the next space, which may be nothing ("来源： 新华社"). */
    private static final Pattern FIELD = Pattern.compile(
            "(来源|來源|出典|作者|记者|記者|文|编辑|編輯|责任编辑|責任編輯|发布时间|發佈時間|發布時間|时间|時間|日期|更新|配信)[:\uff1a](.*)");
    /** "2025-03-04", "10:32:15", "2025年3月4日", "10時32分": figures and the marks dates are written with. */
    private static final Pattern DATE_OR_TIME = Pattern.compile("[0-9\uff10-\uff19][0-9\uff10-\uff19年月日时時分秒:\uff1a/.\\-]*");
    /** A writer's name after the first: two to four Han characters or up to eight of kana and Han. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{2,8}");
    /** Between the line's parts besides spaces. */
    private static final Pattern PARTS = Pattern.compile("[ |\uff5c\u00b7\u3000]+");

    private InfoLine() {
    }

    /** The line's fields when it is an information line with at least one labelled field, else empty. */
    static Optional<Fields> read(String line) {
        if (line.length() > MAX_LINE || (line.indexOf('\uff1a') < 0 && line.indexOf(':') < 0)) {
            return Optional.empty();
        }
        String source = null;
        List<String> authors = new ArrayList<>();
        boolean labelled = false;
        String label = "";
        String[] parts = PARTS.split(line.strip());
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            Matcher field = FIELD.matcher(part);
            if (field.matches()) {
                labelled = true;
                label = field.group(1);
                String value = field.group(2);
                if (value.isEmpty() && i + 1 < parts.length && !FIELD.matcher(parts[i + 1]).matches()) {
                    value = parts[++i];
                }
                if (isSource(label)) {
                    source = source == null ? value : source;
                } else if (isAuthor(label) ? !NAME.matcher(value).matches()
                        : !isEditor(label) && !DATE_OR_TIME.matcher(value).matches()) {
                    // "记者：现场直击…", "时间：周二上午": a headline or a sentence, not a field.
                    return Optional.empty();
                } else if (isAuthor(label)) {
                    authors.add(value);
                }
            } else if (DATE_OR_TIME.matcher(part).matches()) {
                label = "";
            } else if (isAuthor(label) && NAME.matcher(part).matches()) {
                authors.add(part);
            } else {
                return Optional.empty();
            }
        }
        if (!labelled) {
            return Optional.empty();
        }
        return Optional.of(new Fields(Optional.ofNullable(source),
                authors.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", authors))));
    }

    private static boolean isSource(String label) {
        return label.equals("来源") || label.equals("來源") || label.equals("出典");
    }

    private static boolean isEditor(String label) {
        return label.endsWith("编辑") || label.endsWith("編輯");
    }

    private static boolean isAuthor(String label) {
        return label.equals("作者") || label.equals("记者") || label.equals("記者") || label.equals("文");
    }
}

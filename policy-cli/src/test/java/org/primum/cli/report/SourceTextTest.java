package org.primum.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void linesEndAtLfCrlfAndLoneCr() {
        SourceText s = new SourceText("ab\ncd\r\nef\rgh");
        assertThat(s.lineCount()).isEqualTo(4);
        assertThat(s.region(0, 1)).isEqualTo(new Region(1, 1, 1, 2, 0, 1));
        assertThat(s.region(3, 5)).isEqualTo(new Region(2, 1, 2, 3, 3, 2));
        assertThat(s.region(7, 8).start()).isEqualTo("3:1");
        assertThat(s.region(10, 12)).isEqualTo(new Region(4, 1, 4, 3, 10, 2));
        assertThat(s.line(12)).isEqualTo(4);
    }

    @Test
    void columnsCountUtf16CodeUnits() {
        SourceText s = new SourceText("\ud83d\ude00 x");
        assertThat(s.column(3)).isEqualTo(4);
    }

    @Test
    void spanEndingAtALineBreakEndsOnTheNextLine() {
        SourceText s = new SourceText("ab\ncd");
        assertThat(s.region(0, 3)).isEqualTo(new Region(1, 1, 2, 1, 0, 3));
        assertThatThrownBy(() -> s.region(2, 9)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}

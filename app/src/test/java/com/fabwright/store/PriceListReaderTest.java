package com.fabwright.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.quote.ComponentLine;
import com.fabwright.quote.Offer;
import com.fabwright.quote.PricingClass;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceListReaderTest {
    @TempDir
    Path dir;

    @Test
    void altium_style_breaks_with_currency_are_read_from_xlsx() throws Exception {
        Path x = dir.resolve("list.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet();
            Row h = s.createRow(0);
            String[] cols = {"Manufacturer Part Number", "Distributor", "MOQ", "Stock", "Pricing"};
            for (int i = 0; i < cols.length; i++) {
                h.createCell(i).setCellValue(cols[i]);
            }
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("STM32F103C8T6");
            r.createCell(1).setCellValue("DistB");
            r.createCell(2).setCellValue(1);
            r.createCell(3).setCellValue(1200);
            r.createCell(4).setCellValue("1=3.50, 10=3.10, 100=2.60 (EUR)");
            try (OutputStream os = Files.newOutputStream(x)) {
                wb.write(os);
            }
        }
        PriceListReader.Result res = PriceListReader.read(x, "?", "USD");
        assertThat(res.problems()).isEmpty();
        Offer o = res.offers().get(0);
        assertThat(o.mpn()).isEqualTo("STM32F103C8T6");
        assertThat(o.supplier()).isEqualTo("DistB");
        assertThat(o.currency()).isEqualTo("EUR");
        assertThat(o.stock()).isEqualTo(1200L);
        assertThat(o.unitPrice(50)).isEqualTo(3.10);
    }

    @Test
    void a_file_without_an_mpn_column_is_one_clear_problem() {
        PriceListReader.Result r = PriceListReader.parse("x.csv", List.of(List.of("Part", "Price1"), List.of("a", "1")), "s", "USD", "d");
        assertThat(r.offers()).isEmpty();
        assertThat(r.problems()).singleElement().asString().startsWith("x.csv:1: no MPN column");
    }

    @Test
    void the_catalogue_prices_bom_lines_with_the_cheapest_offer_for_the_need() throws Exception {
        try (QuoteStore s = new QuoteStore(dir.resolve("q.db"))) {
            PartsCatalogue cat = new PartsCatalogue(s);
            List<List<String>> rows = List.of(
                    List.of("MPN", "Supplier", "MOQ", "Qty1", "Price1", "Qty2", "Price2"),
                    List.of("R1", "Cheap-at-volume", "1000", "1000", "0.001", "", ""),
                    List.of("R1", "Small-lots", "1", "1", "0.05", "100", "0.02"));
            cat.importOffers(PriceListReader.parse("p.csv", rows, "?", "USD", "2026-01-01").offers(), "p.csv");
            assertThat(cat.offers("r1")).hasSize(2);
            ComponentLine l = new ComponentLine("1", "R1", 1, PricingClass.CHIP_0402, 2, false, null);
            // 10 boards: 10 × 0.05 = 0.50 vs 1000 × 0.001 = 1.00 -> small lots
            assertThat(cat.price(List.of(l), 10).get(0).offer().supplier()).isEqualTo("Small-lots");
            // 2000 boards: 2000 × 0.02 = 40 vs 2000 × 0.001 = 2 -> volume
            assertThat(cat.price(List.of(l), 2000).get(0).offer().supplier()).isEqualTo("Cheap-at-volume");
            ComponentLine unknown = new ComponentLine("2", "NOPE", 1, PricingClass.IC, 8, false, null);
            assertThat(cat.price(List.of(unknown), 10).get(0).offer()).isNull();
        }
    }
}

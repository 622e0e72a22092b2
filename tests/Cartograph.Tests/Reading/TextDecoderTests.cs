using NUnit.Framework;
using System.Text;
using Cartograph.Reading;

namespace Cartograph.Tests.Reading;

public class TextDecoderTests
{
    private static string Decode(byte[] bytes)
    {
        var d = TextDecoder.Decode(bytes);
        Assert.That(d.Problem, Is.Null);
        return d.Text!;
    }

    [Test]
    public void Utf8_without_bom_decodes()
    {
        var d = TextDecoder.Decode(Encoding.UTF8.GetBytes("café — naïve ²"));
        Assert.Multiple(() =>
        {
            Assert.That(d.Text, Is.EqualTo("café — naïve ²"));
            Assert.That(d.Encoding, Is.EqualTo("UTF-8"));
            Assert.That(d.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Utf8_bom_is_stripped()
    {
        var d = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Chris: hé")]);
        Assert.That(d.Text, Is.EqualTo("Chris: hé"));
        Assert.That(d.Encoding, Is.EqualTo("UTF-8 BOM"));
    }

    [Test]
    public void Utf16_le_with_bom_decodes()
    {
        var d = TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Lily: “quoted” é\r\nChris: ok")]);
        Assert.That(d.Text, Is.EqualTo("Lily: “quoted” é\nChris: ok"));
        Assert.That(d.Encoding, Is.EqualTo("UTF-16 LE"));
    }

    [Test]
    public void Utf16_be_with_bom_decodes()
    {
        var d = TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Lily: 😀 é")]);
        Assert.That(d.Text, Is.EqualTo("Lily: 😀 é"));
        Assert.That(d.Encoding, Is.EqualTo("UTF-16 BE"));
    }

    [Test]
    public void Utf16_le_without_bom_is_recognised_not_called_binary()
    {
        var d = TextDecoder.Decode(Encoding.Unicode.GetBytes("Lily: hello there"));
        Assert.That(d.Text, Is.EqualTo("Lily: hello there"));
        Assert.That(d.Warnings, Has.Some.Contains("without a byte-order mark"));
    }

    [Test]
    public void Invalid_utf8_falls_back_to_windows_1252_with_warning()
    {
        // “Caf\xE9” in 1252: 0x93 Caf 0xE9 0x94, plus 0x80 euro and 0x97 em dash.
        byte[] bytes = [0x93, (byte)'C', (byte)'a', (byte)'f', 0xE9, 0x94, (byte)' ', 0x80, (byte)'5', (byte)' ', 0x97, (byte)' ', (byte)'x'];
        var d = TextDecoder.Decode(bytes);
        Assert.Multiple(() =>
        {
            Assert.That(d.Text, Is.EqualTo("“Café” €5 — x"));
            Assert.That(d.Encoding, Is.EqualTo("Windows-1252"));
            Assert.That(d.Warnings, Has.Some.EqualTo("decoded as Windows-1252 (not valid UTF-8)"));
        });
    }

    [Test]
    public void Windows_1252_table_round_trips_every_byte()
    {
        for (var b = 0; b < 256; b++)
            Assert.That(Windows1252.ToByte(Windows1252.ToChar((byte)b)), Is.EqualTo(b), $"byte 0x{b:X2}");
    }

    [TestCase("O(NÃ‚Â²)", "O(N²)")]        // encoded three times
    [TestCase("O(NÂ²)", "O(N²)")]           // encoded twice (what seed 001 holds)
    [TestCase("it’s", "it’s")]
    [TestCase("itâ€™s", "it’s")]
    [TestCase("a â€” b", "a — b")]
    [TestCase("cafÃ©", "café")]
    [TestCase("Î± and Î»", "α and λ")]
    [TestCase("ðŸ˜€", "😀")]
    [TestCase("â€œquotedâ€\u009D", "“quoted”")]
    public void Double_encoded_utf8_is_repaired(string input, string expected)
    {
        Assert.That(TextDecoder.RepairMojibake(input, out _), Is.EqualTo(expected));
    }

    [TestCase("café")]
    [TestCase("Ãlvaro")]
    [TestCase("naïve façade São Paulo Größe")]
    [TestCase("Ça va? À bientôt, Zoë.")]
    [TestCase("price: 5€, 10°C, ±3, ½")]
    public void Genuine_accented_text_is_not_touched(string text)
    {
        Assert.That(TextDecoder.RepairMojibake(text, out var places), Is.EqualTo(text));
        Assert.That(places, Is.Zero);
    }

    [Test]
    public void Repair_counts_places_and_warns()
    {
        var d = TextDecoder.Decode(Encoding.UTF8.GetBytes("O(NÃ‚Â²) and itâ€™s"));
        Assert.That(d.Text, Is.EqualTo("O(N²) and it’s"));
        Assert.That(d.RepairedPlaces, Is.EqualTo(2));
        Assert.That(d.Warnings, Has.Some.EqualTo("repaired double-encoded UTF-8 in 2 places"));
    }

    [Test]
    public void Newlines_are_normalised_to_lf()
    {
        Assert.That(Decode(Encoding.UTF8.GetBytes("a\r\nb\rc\nd")), Is.EqualTo("a\nb\nc\nd"));
    }

    [Test]
    public void Nul_bytes_mean_binary()
    {
        var d = TextDecoder.Decode([(byte)'P', (byte)'K', 3, 4, 0, 0, 1]);
        Assert.That(d.Succeeded, Is.False);
        Assert.That(d.Problem, Is.EqualTo("binary file (NUL byte at offset 4)"));
    }

    [Test]
    public void Many_control_characters_mean_binary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        Assert.That(TextDecoder.Decode(bytes).Problem, Does.StartWith("binary file ("));
    }
}

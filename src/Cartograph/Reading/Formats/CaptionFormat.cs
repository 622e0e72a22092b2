using System.Net;
using System.Text.RegularExpressions;

namespace Cartograph.Reading.Formats;

/// <summary>
/// Captions: SubRip (.srt) and WebVTT (.vtt, YouTube and Zoom). What is said is the cues' text; cue numbers and
/// identifiers, timing lines, headers, NOTE/STYLE/REGION blocks and markup (<c>&lt;i&gt;</c>, <c>&lt;c&gt;</c>,
/// inline timestamps, <c>{\an8}</c>) are not. A WebVTT voice <c>&lt;v Name&gt;</c> becomes the speaker label
/// "Name:", and a dialogue dash ("- Yes.") starts a turn. Auto-generated captions repeat each line in the next
/// cue as they roll; a line equal to the one before it is read once. Each sentence stays on the line of the file
/// where it starts (<see cref="AlignedLines"/>).
/// </summary>
internal sealed partial class CaptionFormat : DocumentFormat
{
    public enum Kind { SubRip, WebVtt }

    private readonly Kind _kind;

    public CaptionFormat(Kind kind) => _kind = kind;

    public override string Name => _kind == Kind.SubRip ? "SubRip captions" : "WebVTT captions";

    public override FormatText FromText(string decoded)
    {
        var lines = decoded.Split('\n');
        var text = new AlignedLines();
        int cues = 0;
        string? lastLine = null, lastVoice = null;
        bool inCue = false, skipBlock = false;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                inCue = skipBlock = false;
                continue;
            }
            if (skipBlock) continue;
            if (line.Contains("-->", StringComparison.Ordinal))
            {
                inCue = true;
                cues++;
                continue;
            }
            if (!inCue)
            {
                // a cue number or identifier, the WEBVTT header, or a block that is not a cue
                if (_kind == Kind.WebVtt && (line.StartsWith("NOTE", StringComparison.Ordinal) || line.StartsWith("STYLE", StringComparison.Ordinal)
                    || line.StartsWith("REGION", StringComparison.Ordinal) || line.StartsWith("WEBVTT", StringComparison.Ordinal)))
                    skipBlock = true;
                continue;
            }
            var voice = Voice().Match(line) is { Success: true } v ? v.Groups["name"].Value.Trim() : null;
            var said = WebUtility.HtmlDecode(Markup().Replace(line, "")).Trim();
            if (said.Length == 0 || said == lastLine) continue;
            lastLine = said;
            bool dash = said.StartsWith("- ", StringComparison.Ordinal) || said.StartsWith("\u2013 ", StringComparison.Ordinal);
            if (dash) said = said[2..].TrimStart();
            if (voice is { Length: > 0 })
            {
                text.Add(i + 1, said, newTurn: voice != lastVoice || dash, speaker: voice);
                lastVoice = voice;
                continue;
            }
            text.Add(i + 1, said, newTurn: dash || SpeakerLabelParser.TryParse(said, out _));
        }
        if (cues == 0) return FormatText.Fail($"no caption cues (no 'start --> end' timing line); not {Name}");
        if (text.IsEmpty) return FormatText.Fail("the captions hold no text");
        return FormatText.Of(text.ToString());
    }

    /// <summary>A WebVTT voice span's opening tag: &lt;v Name&gt; or &lt;v.class Name&gt;.</summary>
    [GeneratedRegex(@"<v(?:\.[^ >]*)?\s+(?<name>[^>]+)>")]
    private static partial Regex Voice();

    /// <summary>Tags (&lt;i&gt;, &lt;/c&gt;, &lt;00:00:01.500&gt;, &lt;font color="red"&gt;) and SubRip/ASS positioning codes ({\an8}).</summary>
    [GeneratedRegex(@"<[^>]*>|\{\\[^}]*\}")]
    private static partial Regex Markup();
}

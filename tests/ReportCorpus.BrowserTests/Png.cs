using System.Buffers.Binary;
using System.IO.Compression;

namespace ReportCorpus.BrowserTests;

/// <summary>Just enough of PNG to look at a browser's screenshot: 8-bit RGB or RGBA, not interlaced.</summary>
internal sealed class Png
{
    private Png(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Pixels, 4 bytes each, row by row.</summary>
    public byte[] Rgba { get; }

    public static Png Read(string path)
    {
        byte[] file = File.ReadAllBytes(path);
        if (file.Length < 8 || file[1] != 'P' || file[2] != 'N' || file[3] != 'G')
        {
            throw new InvalidDataException(path + " is not a PNG file");
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (int at = 8; at + 8 <= file.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                channels = (data[8], data[9], data[12]) switch
                {
                    (8, 2, 0) => 3,
                    (8, 6, 0) => 4,
                    _ => throw new InvalidDataException("only 8-bit RGB/RGBA, non-interlaced PNG is read here"),
                };
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            at += 12 + length;
        }

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        return new Png(width, height, Unfilter(raw.ToArray(), width, height, channels));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        int stride = width * channels;
        var rows = new byte[height * stride];
        for (int y = 0; y < height; y++)
        {
            byte filter = raw[y * (stride + 1)];
            for (int x = 0; x < stride; x++)
            {
                int a = x >= channels ? rows[(y * stride) + x - channels] : 0;
                int b = y > 0 ? rows[((y - 1) * stride) + x] : 0;
                int c = x >= channels && y > 0 ? rows[((y - 1) * stride) + x - channels] : 0;
                int value = raw[(y * (stride + 1)) + 1 + x];
                rows[(y * stride) + x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + a,
                    2 => value + b,
                    3 => value + ((a + b) / 2),
                    4 => value + Paeth(a, b, c),
                    _ => throw new InvalidDataException("unknown PNG filter " + filter),
                });
            }
        }

        if (channels == 4)
        {
            return rows;
        }

        var rgba = new byte[width * height * 4];
        for (int i = 0, j = 0; i < rows.Length; i += 3, j += 4)
        {
            (rgba[j], rgba[j + 1], rgba[j + 2], rgba[j + 3]) = (rows[i], rows[i + 1], rows[i + 2], 255);
        }

        return rgba;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

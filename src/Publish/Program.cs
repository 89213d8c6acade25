using Publish.Cli;

// publish: turns pamphlet sources into EPUB 3, PDF, print and booklet PDFs, covers and a catalogue.
// Licensed AGPL-3.0-or-later.
return PublishCommandLine.Run(args, Console.Out, Console.Error);

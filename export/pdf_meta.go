package export

import (
	"encoding/xml"
	"strings"
	"time"
)

// xmpMetadata returns the document's XMP metadata packet. It repeats the
// information dictionary fpdf writes (title, author, subject, creator,
// producer, dates, and the stage as keywords; PDF/A wants both to agree),
// gives the stage as the workflow label (xmp:Label), names the language, and
// claims PDF/UA-1 (pdfuaid:part 1) and PDF/A-2b (pdfaid). The pdfuaid
// property is not one PDF/A-2 knows, so the packet declares it in a PDF/A
// extension schema. What these claims rest on, and what has not been
// checked by a validator, is in the README.
func xmpMetadata(d *document, opt Options, now time.Time) []byte {
	esc := func(s string) string {
		var b strings.Builder
		_ = xml.EscapeText(&b, []byte(bmpOnly(s)))
		return b.String()
	}
	// The information dictionary's dates have no zone: write the same
	// local time here.
	date := now.Format("2006-01-02T15:04:05")
	var b strings.Builder
	b.WriteString(`<?xpacket begin="` + "\ufeff" + `" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">` + esc(d.title) + `</rdf:li></rdf:Alt></dc:title>
`)
	if d.author != "" {
		b.WriteString(`<dc:creator><rdf:Seq><rdf:li>` + esc(d.author) + `</rdf:li></rdf:Seq></dc:creator>
`)
	}
	if d.subject != "" {
		b.WriteString(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">` + esc(d.subject) + `</rdf:li></rdf:Alt></dc:description>
`)
	}
	b.WriteString(`<dc:language><rdf:Bag><rdf:li>` + esc(d.tx.lang) + `</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreateDate>` + date + `</xmp:CreateDate>
<xmp:ModifyDate>` + date + `</xmp:ModifyDate>
<xmp:MetadataDate>` + date + `</xmp:MetadataDate>
`)
	if opt.Creator != "" {
		b.WriteString(`<xmp:CreatorTool>` + esc(opt.Creator) + `</xmp:CreatorTool>
`)
	}
	b.WriteString(`</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>` + pdfProducer + `</pdf:Producer>
`)
	if d.statusLine != "" {
		b.WriteString(`<pdf:Keywords>` + esc(d.statusLine) + `</pdf:Keywords>
`)
	}
	b.WriteString(`</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
`)
	if d.statusLine != "" {
		// The stage as the document's workflow label.
		b.WriteString(`<xmp:Label>` + esc(d.statusLine) + `</xmp:Label>
`)
	}
	b.WriteString(`</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`)
	return []byte(b.String())
}

"""Reads a tagged PDF back with pikepdf and checks its structure.

Usage: /usr/bin/python3 pdftags.py FILE.pdf

Prints one JSON object: counts (pages, pages with /StructParents, structure
elements, marked-content sequences, link annotations), the link targets,
and "errors", a list of every rule broken:

- the catalog has /MarkInfo <</Marked true>>, /StructTreeRoot, /Lang and
  /ViewerPreferences <</DisplayDocTitle true>>;
- every page has /StructParents and /Tabs /S;
- every marked-content sequence with an MCID on every page is reachable
  from the ParentTree, and the element found there lists that MCID on that
  page among its kids;
- every MCID the structure tree lists exists on its page;
- no text or path is painted outside marked content (tagged or artifact);
- every link annotation has /StructParent, and the ParentTree maps it to a
  Link element holding an OBJR back to the annotation;
- every picture painted (Do) in tagged content belongs to a Figure element;
  every Figure has alternative text (/Alt) and a picture (an image, or a
  chart's paths) in its own marked content, and a /BBox in a Layout
  attribute.

"figures" lists each Figure's page, /Alt and whether its picture was found;
"langs" lists the /Lang of the elements that have one.

The Go tests in export run it (Debian python3-pikepdf).
"""

import json
import sys

import pikepdf

PAINT = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do"}


def number_tree(node, out):
    if "/Nums" in node:
        nums = node["/Nums"]
        for i in range(0, len(nums), 2):
            out[int(nums[i])] = nums[i + 1]
    for kid in node.get("/Kids", []):
        number_tree(kid, out)
    return out


def objkey(o):
    return o.objgen


def main(path):
    errors = []
    pdf = pikepdf.open(path)
    root = pdf.Root
    mi = root.get("/MarkInfo")
    if mi is None or not bool(mi.get("/Marked", False)):
        errors.append("catalog has no /MarkInfo <</Marked true>>")
    if "/Lang" not in root:
        errors.append("catalog has no /Lang")
    vp = root.get("/ViewerPreferences")
    if vp is None or not bool(vp.get("/DisplayDocTitle", False)):
        errors.append("catalog has no /DisplayDocTitle true")
    tree = root.get("/StructTreeRoot")
    if tree is None:
        print(json.dumps({"errors": ["no /StructTreeRoot"]}))
        return
    parents = number_tree(tree["/ParentTree"], {})

    # Walk the structure tree: every element, the MCIDs it lists per page
    # and its OBJRs.
    page_index = {objkey(p.obj): i for i, p in enumerate(pdf.pages)}
    listed = {}  # (page, mcid) -> element objgen
    objrs = {}  # annotation objgen -> element objgen
    types = {}
    figures = []  # (objgen, alt, has bbox)
    langs = []
    elements = 0
    stack = [tree["/K"]]
    seen = set()
    while stack:
        k = stack.pop()
        if isinstance(k, pikepdf.Array):
            stack.extend(reversed(list(k)))
            continue
        if not isinstance(k, pikepdf.Dictionary):
            continue
        if k.get("/Type") == "/MCR" or k.get("/Type") == "/OBJR":
            continue
        if objkey(k) in seen:
            errors.append("element %s reached twice" % (objkey(k),))
            continue
        seen.add(objkey(k))
        elements += 1
        s = str(k.get("/S"))
        types[s] = types.get(s, 0) + 1
        if "/Lang" in k:
            langs.append(str(k["/Lang"]))
        if s == "/Figure":
            attr = k.get("/A")
            bbox = isinstance(attr, pikepdf.Dictionary) and "/BBox" in attr and str(attr.get("/O")) == "/Layout"
            figures.append((objkey(k), str(k.get("/Alt", "")), bbox))
        pg = k.get("/Pg")
        kids = k.get("/K", [])
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for kid in kids:
            if isinstance(kid, int):
                if pg is None:
                    errors.append("%s lists MCID %d without /Pg" % (s, kid))
                    continue
                listed[(page_index[objkey(pg)], int(kid))] = objkey(k)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                listed[(page_index[objkey(kid["/Pg"])], int(kid["/MCID"]))] = objkey(k)
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                objrs[objkey(kid["/Obj"])] = objkey(k)
            elif isinstance(kid, pikepdf.Dictionary):
                if objkey(kid.get("/P")) != objkey(k):
                    errors.append("%s's kid %s has another /P" % (s, kid.get("/S")))
                stack.append(kid)

    mcids = 0
    with_sp = 0
    found = set()
    links = []
    annots = 0
    pictures = set()  # (page, mcid) of marked content that paints a picture
    for i, page in enumerate(pdf.pages):
        sp = page.obj.get("/StructParents")
        if sp is None:
            errors.append("page %d has no /StructParents" % (i + 1))
            entry = []
        else:
            with_sp += 1
            entry = parents.get(int(sp))
            if entry is None:
                errors.append("page %d: ParentTree has no key %d" % (i + 1, int(sp)))
                entry = []
        if page.obj.get("/Tabs") != "/S":
            errors.append("page %d has no /Tabs /S" % (i + 1))
        depth = 0
        open_mcids = []  # the MCID (or None) of each open sequence
        for operands, op in pikepdf.parse_content_stream(page):
            op = str(op)
            if op in ("BDC", "BMC"):
                depth += 1
                open_mcids.append(None)
                if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                    mcid = int(operands[1]["/MCID"])
                    open_mcids[-1] = mcid
                    mcids += 1
                    found.add((i, mcid))
                    if mcid >= len(entry):
                        errors.append("page %d: MCID %d is not in the ParentTree" % (i + 1, mcid))
                        continue
                    elem = entry[mcid]
                    if listed.get((i, mcid)) != objkey(elem):
                        errors.append("page %d: MCID %d's element does not list it" % (i + 1, mcid))
                elif str(operands[0]) != "/Artifact":
                    errors.append("page %d: marked content %s is neither tagged nor an artifact" % (i + 1, operands[0]))
            elif op == "EMC":
                depth -= 1
                if open_mcids:
                    open_mcids.pop()
                if depth < 0:
                    errors.append("page %d: EMC without BDC" % (i + 1))
                    depth = 0
            elif op in PAINT and depth == 0:
                errors.append("page %d: %s painted outside marked content" % (i + 1, op))
            if op == "Do" and open_mcids and open_mcids[-1] is not None:
                mcid = open_mcids[-1]
                pictures.add((i, mcid))
                if mcid < len(entry) and str(entry[mcid].get("/S")) != "/Figure":
                    errors.append("page %d: a picture painted in %s, not in a Figure" % (i + 1, entry[mcid].get("/S")))
            elif op in {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*"} and open_mcids and open_mcids[-1] is not None:
                # A chart is a picture drawn with paths (vector graphics).
                mcid = open_mcids[-1]
                if mcid < len(entry) and str(entry[mcid].get("/S")) == "/Figure":
                    pictures.add((i, mcid))
        if depth != 0:
            errors.append("page %d: %d marked-content sequences left open" % (i + 1, depth))
        for a in page.obj.get("/Annots", []):
            annots += 1
            act = a.get("/A")
            if act is not None and "/URI" in act:
                links.append(str(act["/URI"]))
            elif "/Dest" in a:
                links.append("#page%d" % (page_index[objkey(a["/Dest"][0])] + 1))
            sp = a.get("/StructParent")
            if sp is None:
                errors.append("page %d: annotation without /StructParent" % (i + 1))
                continue
            elem = parents.get(int(sp))
            if elem is None or str(elem.get("/S")) != "/Link":
                errors.append("page %d: annotation's ParentTree entry is not a Link" % (i + 1))
            elif objrs.get(objkey(a)) != objkey(elem):
                errors.append("page %d: Link element has no OBJR to its annotation" % (i + 1))
            if "/Contents" not in a:
                errors.append("page %d: link annotation without /Contents" % (i + 1))
    for key in listed:
        if key not in found:
            errors.append("page %d: the structure tree lists MCID %d, which the page lacks" % (key[0] + 1, key[1]))
    figure_out = []
    for og, alt, bbox in figures:
        keys = [key for key, elem in listed.items() if elem == og]
        painted = any(key in pictures for key in keys)
        if not alt.strip():
            errors.append("a Figure without /Alt")
        if not painted:
            errors.append("Figure %r has no picture in its marked content" % alt)
        if not bbox:
            errors.append("Figure %r has no /BBox" % alt)
        figure_out.append({"page": min(k[0] for k in keys) + 1 if keys else 0, "alt": alt, "picture": painted})

    print(json.dumps({
        "pages": len(pdf.pages),
        "pagesWithStructParents": with_sp,
        "elements": elements,
        "types": types,
        "mcids": mcids,
        "annotations": annots,
        "links": links,
        "figures": figure_out,
        "langs": langs,
        "errors": errors[:50],
        "errorCount": len(errors),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])

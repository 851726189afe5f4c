package programme

import (
	"encoding/binary"
	"fmt"
	"os"
)

// Page kinds in a bbolt page header.
const (
	branchPageFlag = 0x01
	leafPageFlag   = 0x02
	bucketLeafFlag = 0x01
	elementSize    = 16
	inBucketSize   = 16
)

// maxVerifyBytes bounds how much of a file walkPages reads into memory; a
// programme database is a few megabytes.
const maxVerifyBytes = 1 << 30

// walkFilePages reads the database file at path and walks its page tree
// from the meta page bbolt would use, without mapping it: every page a
// branch or bucket refers to must lie below the high-water mark, inside the
// file, carry its own ID and be referred to once. bbolt's own check runs in
// a goroutine of its own that no fault guard covers and reads a page before
// checking its ID, so a file must pass this walk before that check runs.
func walkFilePages(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return classify(err)
	}
	if info.Size() > maxVerifyBytes {
		return fmt.Errorf("%w (file of %d bytes is too large to verify)", ErrDamagedRecord, info.Size())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return classify(err)
	}
	return walkPages(data)
}

// walkPages is walkFilePages on the file's bytes.
func walkPages(data []byte) error {
	var best boltMeta
	found := false
	for _, off := range []int{0, -1} {
		if off < 0 {
			if !found {
				break
			}
			off = int(best.pageSize)
		}
		if off+4096 > len(data) && off+metaChecksumAt+8 > len(data) {
			continue
		}
		m, ok := readMeta(data[off:])
		if ok && (!found || m.txid > best.txid) {
			if found && int(m.pageSize) != off {
				continue
			}
			best, found = m, true
		}
	}
	if !found {
		return fmt.Errorf("%w (no valid meta page)", ErrNotDatabase)
	}
	w := pageWalker{data: data, ps: int(best.pageSize), high: best.pgid, seen: map[uint64]bool{}}
	if uint64(len(data)) < best.pgid*uint64(w.ps) {
		return fmt.Errorf("%w (file shorter than its pages)", ErrNotDatabase)
	}
	return w.page(best.root, 0)
}

type pageWalker struct {
	data []byte
	ps   int
	high uint64
	seen map[uint64]bool
}

// page checks page id and everything it refers to.
func (w *pageWalker) page(id uint64, depth int) error {
	if id < 2 || id >= w.high {
		return fmt.Errorf("%w (page %d out of range)", ErrDamagedRecord, id)
	}
	if depth > 64 {
		return fmt.Errorf("%w (tree deeper than 64 levels)", ErrDamagedRecord)
	}
	off := int(id) * w.ps
	le := binary.LittleEndian
	if le.Uint64(w.data[off:]) != id {
		return fmt.Errorf("%w (page %d carries ID %d)", ErrDamagedRecord, id, le.Uint64(w.data[off:]))
	}
	overflow := uint64(le.Uint32(w.data[off+12:]))
	if id+overflow >= w.high {
		return fmt.Errorf("%w (page %d overflows the file)", ErrDamagedRecord, id)
	}
	for i := id; i <= id+overflow; i++ {
		if w.seen[i] {
			return fmt.Errorf("%w (page %d referred to twice)", ErrDamagedRecord, i)
		}
		w.seen[i] = true
	}
	return w.elements(w.data[off:off+int(overflow+1)*w.ps], id, depth)
}

// elements checks the elements of a page held in buf (a page of the file
// or an inline bucket's page).
func (w *pageWalker) elements(buf []byte, id uint64, depth int) error {
	le := binary.LittleEndian
	if len(buf) < pageHeaderSize {
		return fmt.Errorf("%w (page %d too short)", ErrDamagedRecord, id)
	}
	flags, count := le.Uint16(buf[8:]), int(le.Uint16(buf[10:]))
	if pageHeaderSize+count*elementSize > len(buf) {
		return fmt.Errorf("%w (page %d has more elements than room)", ErrDamagedRecord, id)
	}
	for i := 0; i < count; i++ {
		at := pageHeaderSize + i*elementSize
		e := buf[at : at+elementSize]
		switch flags {
		case branchPageFlag:
			pos, ksize := int(le.Uint32(e[0:])), int(le.Uint32(e[4:]))
			if at+pos+ksize > len(buf) || pos < 0 {
				return fmt.Errorf("%w (page %d: key outside the page)", ErrDamagedRecord, id)
			}
			if err := w.page(le.Uint64(e[8:]), depth+1); err != nil {
				return err
			}
		case leafPageFlag:
			eflags, pos, ksize, vsize := le.Uint32(e[0:]), int(le.Uint32(e[4:])), int(le.Uint32(e[8:])), int(le.Uint32(e[12:]))
			if at+pos+ksize+vsize > len(buf) || pos < 0 || ksize < 0 || vsize < 0 {
				return fmt.Errorf("%w (page %d: value outside the page)", ErrDamagedRecord, id)
			}
			if eflags&bucketLeafFlag == 0 {
				continue
			}
			v := buf[at+pos+ksize : at+pos+ksize+vsize]
			if len(v) < inBucketSize {
				return fmt.Errorf("%w (page %d: short bucket header)", ErrDamagedRecord, id)
			}
			if root := le.Uint64(v); root != 0 {
				if err := w.page(root, depth+1); err != nil {
					return err
				}
			} else if err := w.elements(v[inBucketSize:], id, depth+1); err != nil {
				return err
			}
		default:
			return fmt.Errorf("%w (page %d of unexpected kind %#x)", ErrDamagedRecord, id, flags)
		}
	}
	return nil
}

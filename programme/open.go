package programme

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"runtime/debug"

	bolt "go.etcd.io/bbolt"
)

// bbolt's on-disk layout (go.etcd.io/bbolt internal/common, format version
// 2), read here before bbolt maps the file: a page starts with a 16-byte
// header (id, flags, count, overflow); pages 0 and 1 hold a meta record
// (magic, version, page size, flags, root bucket, freelist page, high-water
// page, transaction id, FNV-64a checksum of the fields before it).
const (
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
	pageHeaderSize   = 16
	metaChecksumAt   = pageHeaderSize + 56
	freelistFlag     = 0x10
	noFreelist       = ^uint64(0)
	minPageSize      = 512
	maxPageSize      = 1 << 16
	freelistCountMax = 0xFFFF
)

// boltMeta is the part of a meta page the checks need.
type boltMeta struct {
	pageSize uint32
	root     uint64
	freelist uint64
	pgid     uint64
	txid     uint64
}

// readMeta decodes and checks the meta record at the start of buf; ok is
// false for a page that is not a valid meta page (bbolt then uses the other).
func readMeta(buf []byte) (m boltMeta, ok bool) {
	if len(buf) < metaChecksumAt+8 {
		return m, false
	}
	le := binary.LittleEndian
	b := buf[pageHeaderSize:]
	if le.Uint32(b[0:]) != boltMagic || le.Uint32(b[4:]) != boltVersion {
		return m, false
	}
	h := fnv.New64a()
	h.Write(b[:56])
	if h.Sum64() != le.Uint64(b[56:]) {
		return m, false
	}
	m = boltMeta{
		pageSize: le.Uint32(b[8:]), root: le.Uint64(b[16:]), freelist: le.Uint64(b[32:]),
		pgid: le.Uint64(b[40:]), txid: le.Uint64(b[48:]),
	}
	return m, true
}

// checkFile looks at a database file before bbolt maps it and refuses what
// would make bbolt fault or panic while opening: a file too short for the
// pages its meta records claim (reading past the end of a mapping is
// SIGBUS), a page size out of range, and a freelist page that is not one or
// runs past the end. A file that does not exist is fine (Open creates it);
// an empty one is refused, because a database truncated to nothing must not
// silently become a new empty one.
func checkFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return classify(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return classify(err)
	}
	size := info.Size()
	if info.IsDir() {
		return fmt.Errorf("%w (a folder)", ErrNotDatabase)
	}
	if size == 0 {
		return fmt.Errorf("%w (empty file)", ErrNotDatabase)
	}
	readAt := func(off int64, n int) []byte {
		buf := make([]byte, n)
		k, _ := f.ReadAt(buf, off)
		return buf[:k]
	}
	var metas []boltMeta
	m0, ok0 := readMeta(readAt(0, 4096))
	if ok0 {
		metas = append(metas, m0)
	}
	// The second meta page sits one page in; without a valid first page its
	// size is unknown, so try the sizes bbolt may have used.
	sizes := []int64{int64(m0.pageSize)}
	if !ok0 {
		sizes = []int64{4096, 512, 1024, 2048, 8192, 16384, 32768, 65536}
	}
	for _, ps := range sizes {
		if m1, ok := readMeta(readAt(ps, 4096)); ok && int64(m1.pageSize) == ps {
			metas = append(metas, m1)
			break
		}
	}
	if len(metas) == 0 {
		return fmt.Errorf("%w (no valid meta page)", ErrNotDatabase)
	}
	// bbolt uses the valid meta with the higher transaction ID; the other
	// one may point at pages a later, interrupted transaction reused (a
	// crash harness found that), so only the one in use is checked.
	if len(metas) == 2 && metas[1].txid > metas[0].txid {
		metas[0] = metas[1]
	}
	for _, m := range metas[:1] {
		ps := int64(m.pageSize)
		switch {
		case ps < minPageSize || ps > maxPageSize || ps&(ps-1) != 0:
			return fmt.Errorf("%w (page size %d)", ErrNotDatabase, ps)
		case m.pgid < 4 || m.pgid > uint64(size)/uint64(ps):
			return fmt.Errorf("%w (file of %d bytes is shorter than its %d pages)", ErrNotDatabase, size, m.pgid)
		case m.root < 2 || m.root >= m.pgid:
			return fmt.Errorf("%w (root page %d)", ErrNotDatabase, m.root)
		case m.freelist != noFreelist && (m.freelist < 2 || m.freelist >= m.pgid):
			return fmt.Errorf("%w (freelist page %d)", ErrNotDatabase, m.freelist)
		}
		if m.freelist == noFreelist {
			continue
		}
		hdr := readAt(int64(m.freelist)*ps, pageHeaderSize+8)
		if len(hdr) < pageHeaderSize+8 {
			return fmt.Errorf("%w (freelist page past the end)", ErrNotDatabase)
		}
		le := binary.LittleEndian
		flags, count, overflow := le.Uint16(hdr[8:]), uint64(le.Uint16(hdr[10:])), uint64(le.Uint32(hdr[12:]))
		if count == freelistCountMax {
			count = le.Uint64(hdr[16:]) + 1
		}
		switch {
		case flags != freelistFlag:
			return fmt.Errorf("%w (page %d is not a freelist)", ErrNotDatabase, m.freelist)
		case m.freelist+overflow+1 > m.pgid:
			return fmt.Errorf("%w (freelist runs past the last page)", ErrNotDatabase)
		case count > ((overflow+1)*uint64(ps)-pageHeaderSize)/8:
			return fmt.Errorf("%w (freelist of %d entries overflows its pages)", ErrNotDatabase, count)
		}
	}
	return nil
}

// openBolt checks the file, then opens it with bbolt with faults and panics
// turned into ErrNotDatabase: bbolt reads the meta and freelist pages from
// its memory map while opening, and a damaged page there must be an error
// message, not a crash. If bbolt panics half-way, the file it opened is
// closed here, which also releases its lock.
func openBolt(path string, readOnly bool) (db *bolt.DB, err error) {
	if err := checkFile(path); err != nil {
		return nil, err
	}
	var file *os.File
	opts := &bolt.Options{
		Timeout:  LockTimeout,
		ReadOnly: readOnly,
		OpenFile: func(name string, flag int, mode os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag, mode)
			file = f
			return f, err
		},
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if file != nil {
				file.Close()
			}
			db, err = nil, fmt.Errorf("%w (damaged page at open: %v)", ErrNotDatabase, r)
		}
	}()
	db, err = bolt.Open(path, 0o600, opts)
	return db, classify(err)
}

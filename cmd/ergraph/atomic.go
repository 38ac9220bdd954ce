package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
)

// atomicFile is an output file written under a temporary name and renamed
// into place by Commit, so an interrupted run never leaves a truncated file.
type atomicFile struct {
	*bufio.Writer
	f    *os.File
	path string
}

func createAtomic(path string) (*atomicFile, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	return &atomicFile{Writer: bufio.NewWriterSize(f, 256<<10), f: f, path: path}, nil
}

// Commit flushes, syncs and renames the file into place.
func (a *atomicFile) Commit() error {
	err := a.Flush()
	if err == nil {
		err = a.f.Sync()
	}
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(a.f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(a.f.Name(), a.path)
	}
	if err != nil {
		os.Remove(a.f.Name())
		return fmt.Errorf("write %s: %w", a.path, err)
	}
	return nil
}

// Abort removes the temporary file; after Commit it does nothing.
func (a *atomicFile) Abort() {
	a.f.Close()
	os.Remove(a.f.Name())
}

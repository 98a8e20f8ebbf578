// A person's segments are counted and written one request at a time (outreach.Segments): a request takes the write
// lock of the person's shelf, a node merged on first use. The constraint makes two first uses meet on one node.
CREATE CONSTRAINT segment_shelf_id IF NOT EXISTS FOR (s:SegmentShelf) REQUIRE s.id IS UNIQUE;

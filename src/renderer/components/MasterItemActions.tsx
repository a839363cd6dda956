/** Move up, move down and delete for one item of a list; each is one undo step. */
export function MasterItemActions({
  what,
  index,
  count,
  onMove,
  onDelete,
}: {
  what: string;
  index: number;
  count: number;
  onMove: (delta: number) => void;
  onDelete: () => void;
}) {
  return (
    <span className="m-actions">
      <button
        type="button"
        className="link"
        disabled={index === 0}
        aria-label={`Move ${what} up`}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="link"
        disabled={index === count - 1}
        aria-label={`Move ${what} down`}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button type="button" className="link m-delete" aria-label={`Delete ${what}`} onClick={onDelete}>
        Delete
      </button>
    </span>
  );
}

/**
 * Whether a JSON value is a valid OData JSON literal of an `Edm.*` type, as Graph's
 * OData reader would accept it. Where the reader's strictness is not documented the
 * check leans to accepting (a date-time without an offset, a `Edm.Untyped` anything):
 * a false refusal in the emulator would hide what real Graph does.
 */
export function isPrimitiveValueOf(edmType: string, value: unknown): boolean {
  switch (edmType) {
    case 'Edm.String':
      return typeof value === 'string';
    case 'Edm.Boolean':
      return typeof value === 'boolean';
    case 'Edm.Byte':
      return isIntegerIn(value, 0, 255);
    case 'Edm.SByte':
      return isIntegerIn(value, -128, 127);
    case 'Edm.Int16':
      return isIntegerIn(value, -32768, 32767);
    case 'Edm.Int32':
      return isIntegerIn(value, -2147483648, 2147483647);
    case 'Edm.Int64':
      return typeof value === 'number' && Number.isInteger(value);
    case 'Edm.Decimal':
      return typeof value === 'number' && Number.isFinite(value);
    case 'Edm.Double':
    case 'Edm.Single':
      // OData JSON writes the IEEE specials as strings.
      return (typeof value === 'number' && Number.isFinite(value)) || value === 'NaN' || value === 'INF' || value === '-INF';
    case 'Edm.DateTimeOffset':
      return typeof value === 'string' && DATE_TIME_OFFSET.test(value) && !Number.isNaN(Date.parse(value));
    case 'Edm.Date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value));
    case 'Edm.TimeOfDay':
      return typeof value === 'string' && TIME_OF_DAY.test(value);
    case 'Edm.Duration':
      return typeof value === 'string' && DURATION.test(value) && value !== 'P' && !value.endsWith('T');
    case 'Edm.Guid':
      return typeof value === 'string' && GUID.test(value);
    case 'Edm.Binary':
      return typeof value === 'string' && BASE64.test(value);
    default:
      // Edm.Untyped, Edm.Stream, Edm.Geography*: nothing in our bodies; not checked.
      return true;
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?$/i;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,12})?)?$/;
const DURATION = /^-?P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE64 = /^(?:[A-Za-z0-9+/_-]{4})*(?:[A-Za-z0-9+/_-]{2}(?:==)?|[A-Za-z0-9+/_-]{3}=?)?$/;

function isIntegerIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

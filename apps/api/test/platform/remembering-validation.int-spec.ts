import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { RememberingValidationPipe } from '../../src/http/remembering-validation.pipe';

class ListArgs {
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number;

  @IsOptional()
  @IsString()
  @MaxLength(5)
  after?: string;
}

class Inner {
  @IsString()
  name: string;
}

class NestedInput {
  @ValidateNested()
  @Type(() => Inner)
  inner: Inner;
}

const pipe = () => new RememberingValidationPipe({ whitelist: true, transform: true, exceptionFactory: () => new BadRequestException('refused') });
const args = (metatype: new () => object) => ({ type: 'body' as const, metatype, data: undefined });

describe('RememberingValidationPipe', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers repeated flat arguments as the ValidationPipe does, validating them once, with a fresh copy each time', async () => {
    const validate = jest.spyOn(ValidationPipe.prototype, 'transform');
    const p = pipe();
    const first = (await p.transform({ first: 25, after: 'abc', extra: 'dropped' }, args(ListArgs))) as ListArgs;
    const second = (await p.transform({ first: 25, after: 'abc', extra: 'dropped' }, args(ListArgs))) as ListArgs;
    expect(validate).toHaveBeenCalledTimes(1);
    for (const value of [first, second]) {
      expect(value).toBeInstanceOf(ListArgs);
      expect({ ...value }).toEqual({ first: 25, after: 'abc' }); // whitelist applied, as the plain pipe does
    }
    expect(second).not.toBe(first);
    second.first = 99;
    expect(((await p.transform({ first: 25, after: 'abc', extra: 'dropped' }, args(ListArgs))) as ListArgs).first).toBe(25);
    // Other values, another class: validated afresh.
    await p.transform({ first: 26 }, args(ListArgs));
    expect(validate).toHaveBeenCalledTimes(2);
  });

  it('refuses bad arguments every time, also after accepting good ones', async () => {
    const validate = jest.spyOn(ValidationPipe.prototype, 'transform');
    const p = pipe();
    await p.transform({ first: 25 }, args(ListArgs));
    for (let i = 0; i < 2; i++) {
      await expect(p.transform({ first: 0 }, args(ListArgs))).rejects.toThrow('refused');
      await expect(p.transform({ first: 25, after: 'too long' }, args(ListArgs))).rejects.toThrow('refused');
    }
    expect(validate).toHaveBeenCalledTimes(5);
  });

  it('leaves nested input and plain values to the ValidationPipe every time', async () => {
    const validate = jest.spyOn(ValidationPipe.prototype, 'transform');
    const p = pipe();
    for (let i = 0; i < 2; i++) {
      const nested = (await p.transform({ inner: { name: 'x' } }, args(NestedInput))) as NestedInput;
      expect(nested.inner).toBeInstanceOf(Inner);
      await expect(p.transform({ inner: { name: 3 } }, args(NestedInput))).rejects.toThrow('refused');
      expect(await p.transform('slug', { type: 'body', metatype: String, data: 'slug' })).toBe('slug');
    }
    expect(validate).toHaveBeenCalledTimes(6);
  });
});
